package org.selfeval;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.DepartmentSheet;
import org.selfeval.model.SheetEntry;
import org.selfeval.model.FindingNote;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.Money;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectStated;
import org.selfeval.model.Stated;
import org.selfeval.model.QualitativeGrade;
import org.selfeval.model.Report;

/** Reports for tests: the seed sample, and the sample with every optional part filled. */
public final class TestReports {
    public static final Path SAMPLE = Path.of("sample-data/leshan-2023.json");

    private TestReports() {
    }

    public static Report sample() throws Exception {
        return ReportJson.read(SAMPLE);
    }

    /** The sample with every optional part filled, so that each column is exercised. */
    public static Report rich() throws Exception {
        Report s = sample();
        Indicator qualitative = new Indicator("效益指标", "社会效益指标", "群众满意度提升", IndicatorNature.QUALITATIVE,
                "明显提升", "", "有所提升", new BigDecimal("10"), new BigDecimal("7.5"), QualitativeGrade.PARTIALLY_ACHIEVED, "宣传不足");
        Indicator quantitative = new Indicator("产出指标", "数量指标", "办件量", IndicatorNature.AT_LEAST,
                "10000", "件", "12000", new BigDecimal("20"), null, null, "", true);
        Project first = s.projects().get(0)
                .withCode("51110022T000000000001")
                .withFunds(FundSource.UNIT, new BudgetFigures(new BigDecimal("1.5"), null, new BigDecimal("0.25")))
                .withIndicators(List.of(quantitative, qualitative))
                .withStated(new ProjectStated(Stated.of(BigDecimal.ZERO), Stated.of(new BigDecimal("0.000001")),
                        Stated.of(BigDecimal.ZERO).withPrintStated(true), Stated.blank(), Stated.of(new BigDecimal("8.5333")),
                        Stated.blank().withPrintStated(true)));
        List<Project> projects = new ArrayList<>(s.projects());
        projects.set(0, first);
        return s.withProjects(projects)
                .withBasics(s.basics().withStaffing(s.basics().staffing().withRetirees(5)).withTargets(s.basics().targets().withIndicators(List.of(qualitative, quantitative))))
                .withFinances(s.finances().withCarryover(s.finances().carryover()
                        .withSurplus(new BigDecimal("0.01")).withPriorYearTotal(new BigDecimal("99999999.99")))
                        .withStatedIncomeTotal(Stated.of(new BigDecimal("1123.58")))
                        .withStatedExpenditureTotal(Stated.blank())
                        .withPriorIncomeTotal(new BigDecimal("12345678901234567.89"))
                        .withPriorExpenditureTotal(Money.parse("2,350,000.50元"))
                        .withPersonnelExpenses(new BigDecimal("56.781"))
                        .withPublicExpenses(new BigDecimal("822.089")))
                .withFindingNotes(List.of(new FindingNote("R9@projects[0].funds", "年中追加，已报批。")))
                .withReportDate(java.time.LocalDate.of(2024, 3, 31))
                .withDepartmentSheet(new DepartmentSheet(new BigDecimal("32"), new BigDecimal("40"), new BigDecimal("63.46"),
                        new BigDecimal("1100"), new BigDecimal("1180.5"), new BigDecimal("80.5"), new BigDecimal("200"),
                        new BigDecimal("180.123456"), new BigDecimal("220"), "年中追加政务大厅运行经费",
                        List.of(new SheetEntry("管理制度健全性", new BigDecimal("3.5"), "缺一项制度"),
                                new SheetEntry("资金使用合规性", null, "")), "示例数据",
                        new org.selfeval.model.ThreePublicParts(new BigDecimal("10"), null, new BigDecimal("33.46"),
                                new BigDecimal("20"))));
    }
}
