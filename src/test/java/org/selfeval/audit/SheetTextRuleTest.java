package org.selfeval.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.TestReports;
import org.selfeval.model.Report;

/** R29e: the rates 三、(二)1 states are the department sheet's. The sample's sheet: 预算执行率 1124.25 / 1150 = 97.76 %. */
class SheetTextRuleTest {
    private static List<Finding> r29e(Report r) {
        return Auditor.standard().audit(r).stream().filter(f -> f.ruleId().equals("R29e")).toList();
    }

    private static Report withCompletion(Report r, String text) {
        return r.withPerformance(r.performance().withProjectAnalysis(r.performance().projectAnalysis().withBudgetCompletion(text)));
    }

    @Test
    void theSampleStatesNoSheetRateAndRaisesNothing() throws Exception {
        assertThat(r29e(TestReports.sample())).isEmpty();
    }

    @Test
    void aRateAsTheSheetComputesItPassesAtTheDecimalsWritten() throws Exception {
        Report s = TestReports.sample();
        assertThat(r29e(withCompletion(s, "2023年度部门预算执行率为97.76%。"))).isEmpty();
        assertThat(r29e(withCompletion(s, "全年预算执行率98%。"))).isEmpty();
        assertThat(new SheetTextRule().reads(withCompletion(s, "部门预算执行率为97.76%。"))).hasSize(1);
    }

    @Test
    void aRateThatDiffersIsAnErrorWithBothFigures() throws Exception {
        Report s = TestReports.sample();
        assertThat(r29e(withCompletion(s, "2023年度部门预算执行率为99.5%。"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("99.5%", "97.76%");
            assertThat(f.location().path()).isEqualTo("performance.projectAnalysis.budgetCompletion");
        });
        // the sheet follows the figures: a changed 全年预算数 moves the computed rate
        Report adjusted = s.withDepartmentSheet(s.departmentSheet().withBudgetAdjusted(new java.math.BigDecimal("1130")));
        assertThat(r29e(withCompletion(adjusted, "部门预算执行率为99.5%。"))).isEmpty();
    }

    @Test
    void aRateOfAnotherPartIsNotTakenForThisRow() throws Exception {
        Report s = TestReports.sample();
        // the 公用经费 sentence of 三是 says 执行率为100%: not the department's 预算执行率
        assertThat(r29e(s.withPerformance(s.performance().withProjectAnalysis(s.performance().projectAnalysis()
                .withSurplusAndViolations("资金结余率为4.34%，执行率为100%。"))))).isEmpty();
        assertThat(r29e(s.withPerformance(s.performance().withProjectAnalysis(s.performance().projectAnalysis()
                .withSurplusAndViolations("资金结余率为8%。"))))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("8%", "4.34%"));
    }
}
