package org.selfeval.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.selfeval.TestReports;
import org.selfeval.audit.Auditor;
import org.selfeval.audit.Finding;
import org.selfeval.charts.ChartDataFactory;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Carryover;
import org.selfeval.model.Department;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.FundSource;
import org.selfeval.model.Headcount;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.model.StaffCategory;
import org.selfeval.model.Staffing;

/** 汇总 of the sample (本级) with its unit 市政务服务中心 (an invented report in the sample's year). */
class RollUpTest {
    static Report unit(Report sample) {
        Finances f = new Finances(
                Map.of(IncomeSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("320.50"), IncomeSource.OTHER, new BigDecimal("12.00")), null,
                Map.of(ExpenditureCategory.BASIC, new BigDecimal("300.00"), ExpenditureCategory.PROJECT, new BigDecimal("30.20")), null,
                new Carryover(BigDecimal.ZERO, new BigDecimal("2.30"), null, null), null);
        Project p = new Project("unit-p1", "", "政务服务中心信息系统运维", "乐山市营商环境服务管理局", "",
                Map.of(FundSource.FISCAL, new BudgetFigures(new BigDecimal("30.20"), null, new BigDecimal("30.20"))), null, "", "",
                "保障系统运行", "", "", List.of(), "", "", "", "", "", "", null);
        return Report.empty("unit-1", sample.year(), new Department("乐山市政务服务中心", "政务中心"))
                .withFinances(f)
                .withBasics(sample.basics().withStaffing(new Staffing(List.of(new Headcount(StaffCategory.INSTITUTION, "事业编制", 18)), null,
                        List.of(new Headcount(StaffCategory.INSTITUTION, "事业人员", 12)), null, null)))
                .withProjects(List.of(p));
    }

    @Test
    void theSampleAndItsUnitAddUp() throws Exception {
        Report parent = TestReports.sample().withUnits(List.of("unit-1"));
        Report unit = unit(parent);
        Report r = RollUp.of(parent, List.of(unit));
        assertThat(r.id()).isEqualTo(parent.id() + RollUp.ID_SUFFIX);
        assertThat(r.department().fullName()).isEqualTo("乐山市营商环境服务管理局（含下属单位）");
        assertThat(r.finances().income(IncomeSource.GENERAL_PUBLIC_BUDGET)).isEqualByComparingTo("1444.08");
        assertThat(r.finances().income(IncomeSource.OTHER)).isEqualByComparingTo("12.00");
        assertThat(r.finances().incomeTotal()).isEqualByComparingTo("1456.08");
        assertThat(r.finances().expenditure(ExpenditureCategory.BASIC)).isEqualByComparingTo("1178.87");
        assertThat(r.finances().expenditureTotal()).isEqualByComparingTo("1454.45");
        assertThat(r.finances().carryover().project()).isEqualByComparingTo("51.06");
        assertThat(r.basics().staffing().actualTotal()).isEqualTo(parent.basics().staffing().actualTotal() + 12);
        assertThat(r.projects()).hasSize(parent.projects().size() + 1);
        assertThat(r.projects().get(r.projects().size() - 1).implementingUnit()).isEqualTo("乐山市政务服务中心");
        assertThat(r.finances().incomeText()).isNull();
        // the charts are the sums'
        assertThat(ChartDataFactory.incomeBySource(r).series().get(0).values()).contains(new BigDecimal("1444.08"));
    }

    @Test
    void aChangedUnitFigureChangesTheRollUp() throws Exception {
        Report parent = TestReports.sample().withUnits(List.of("unit-1"));
        Report unit = unit(parent);
        Report changed = unit.withFinances(unit.finances().withIncome(IncomeSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("400")));
        assertThat(RollUp.of(parent, List.of(changed)).finances().income(IncomeSource.GENERAL_PUBLIC_BUDGET))
                .isEqualByComparingTo("1523.58");
    }

    @Test
    void theAuditNamesAMissingUnitAUnitOfAnotherYearAndAUnitsOwnErrors() throws Exception {
        Report parent = TestReports.sample().withUnits(List.of("unit-1", "gone"));
        Report unit = unit(parent).withYear(parent.year() - 1)
                .withBasics(unit(parent).basics().withStaffing(unit(parent).basics().staffing().withText("年末实有在职人员99人。")));
        Report rolled = RollUp.of(parent, List.of(unit));
        List<Finding> found = new RollUpAudit(Auditor.standard()).audit(parent, Map.of("unit-1", Optional.of(unit)), rolled);
        assertThat(found).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("gone", "不在工作区中"))
                .anySatisfy(m -> assertThat(m).contains("乐山市政务服务中心", "2022 年度", "2023 年度"))
                .anySatisfy(m -> assertThat(m).startsWith("下属单位“乐山市政务服务中心”：").contains("99"));
    }
}
