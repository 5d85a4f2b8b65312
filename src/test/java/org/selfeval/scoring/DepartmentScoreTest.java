package org.selfeval.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.TestReports;
import org.selfeval.audit.Auditor;
import org.selfeval.audit.Finding;
import org.selfeval.model.DepartmentSheet;
import org.selfeval.model.Grade;
import org.selfeval.model.Report;
import org.selfeval.model.SheetEntry;

/** The department sheet of a report, computed, and what the audit says of it (R29a–c). */
class DepartmentScoreTest {

    static List<Finding> findings(Report r, String rule) {
        return Auditor.standard().audit(r).stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void theSamplesSheetTakesItsFiguresFromTheReportAndComputesItsTotal() throws Exception {
        Report sample = TestReports.sample();
        DepartmentScore s = DepartmentScore.of(sample).orElseThrow();
        assertThat(s.unscored()).isZero();
        assertThat(s.total()).contains(new BigDecimal("96.66"));
        assertThat(s.grade(sample)).contains(Grade.EXCELLENT);
        assertThat(s.subtotals()).containsEntry("绩效目标", new BigDecimal("38.00"));
        assertThat(s.completion().map(c -> c.setScale(2, java.math.RoundingMode.HALF_UP))).contains(new BigDecimal("97.76"));
        assertThat(s.cap()).isEmpty();
    }

    @Test
    void anUnscoredRowLeavesTheTotalOpenAndTheTypedScoreUnchecked() throws Exception {
        Report sample = TestReports.sample();
        DepartmentSheet sheet = sample.departmentSheet();
        Report open = sample.withDepartmentSheet(sheet.withEntries(sheet.entries().subList(1, sheet.entries().size())));
        DepartmentScore s = DepartmentScore.of(open).orElseThrow();
        assertThat(s.total()).isEmpty();
        assertThat(s.unscored()).isEqualTo(1);
        assertThat(findings(open, "R29a")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("还有 1 项未评分", "97.5"));
    }

    @Test
    void aLowCompletionRateCapsTheTotal() throws Exception {
        // 1124.25 spent of 1500 → 74.95 %: Sichuan caps the total at 89 below 80 %
        Report sample = TestReports.sample();
        DepartmentSheet sheet = sample.departmentSheet().withBudgetAdjusted(new BigDecimal("1500"));
        Report low = sample.withDepartmentSheet(sheet.withEntry(new SheetEntry("目标实现情况", new BigDecimal("30"), "")));
        DepartmentScore s = DepartmentScore.of(low).orElseThrow();
        assertThat(s.cap()).isPresent();
        assertThat(s.total()).contains(new BigDecimal("89.00"));
        assertThat(findings(low, "R29a")).singleElement().satisfies(f -> assertThat(f.message())
                .contains("97.5", "89", "封顶 89 分"));
    }

    @Test
    void aQualitativeScoreAboveItsWeightAndAnUnknownRowAreFound() throws Exception {
        Report sample = TestReports.sample();
        DepartmentSheet sheet = sample.departmentSheet()
                .withEntry(new SheetEntry("违规记录", new BigDecimal("8"), ""))
                .withEntry(new SheetEntry("不存在的指标", new BigDecimal("1"), ""));
        List<Finding> found = findings(sample.withDepartmentSheet(sheet), "R29b");
        assertThat(found).extracting(Finding::message).containsExactlyInAnyOrder(
                "部门自评表“违规记录”得分 8 分，超过权重 5 分",
                "部门自评表中没有“不存在的指标”这一项（地区规范已更换？），其得分未计入");
    }

    @Test
    void anAdjustmentOverThirtyPercentNeedsItsReason() throws Exception {
        Report sample = TestReports.sample();
        DepartmentSheet sheet = sample.departmentSheet().withBudgetInitial(new BigDecimal("800"));
        assertThat(findings(sample.withDepartmentSheet(sheet), "R29c")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("800.00", "1150.00", "43.75%"));
        assertThat(findings(sample.withDepartmentSheet(sheet.withAdjustmentReason("年中追加政务大厅运维")), "R29c")).isEmpty();
        assertThat(findings(sample, "R29c")).isEmpty();
    }

    @Test
    void theHunanSheetUsesTheSameReportFigures() throws Exception {
        Report r = TestReports.rich().withProfile("hunan");
        DepartmentScore s = DepartmentScore.of(r).orElseThrow();
        // 编制 37, 在职 36 → 97.30 %: full 4 points; 三公 63.46 against 32 → 0 points
        assertThat(s.rows().get(0).result().score()).contains(new BigDecimal("4.00"));
        assertThat(s.rows().get(1).result().score()).contains(new BigDecimal("0.00"));
        assertThat(s.total()).isEmpty();
    }

    @Test
    void theThreePublicTotalIsTheSumOfItsParts() throws Exception {
        Report rich = TestReports.rich();
        // 10 + 33.46 + 20 = 63.46, the total the rich report states
        assertThat(findings(rich, "R29d")).isEmpty();
        DepartmentSheet off = rich.departmentSheet().withThreePublicActual(new BigDecimal("60"));
        assertThat(findings(rich.withDepartmentSheet(off), "R29d")).extracting(Finding::message)
                .containsExactly("“三公”经费本年决算 60.00 万元，与各分项之和 63.46 万元不符");
    }
}
