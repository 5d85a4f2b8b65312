package org.selfeval.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfeval.audit.Fixtures.check;
import static org.selfeval.audit.Fixtures.d;
import static org.selfeval.audit.Fixtures.funds;
import static org.selfeval.audit.Fixtures.indicator;
import static org.selfeval.audit.Fixtures.project;
import static org.selfeval.audit.Fixtures.withProjects;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.FundSource;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectStated;
import org.selfeval.model.Report;
import org.selfeval.model.Stated;

/**
 * Stated against computed (format 2): what a table states for itself is compared with what its rows
 * imply. A cell written "" in the case tables is a stated blank; "-" is "not stated".
 */
class StatedFigureRulesTest {

    static Stated stated(String s) {
        return s == null || s.equals("-") ? null : s.isEmpty() ? Stated.blank() : Stated.of(d(s));
    }

    /** 财政资金 100 / 98.6 / 98.6 and 单位资金 20 / 20 / 20: the rows add up to 120 / 118.6 / 118.6. */
    static Project twoSources(ProjectStated s) {
        return project("信息化建设", funds("100", "98.6", "98.6")).withFunds(FundSource.UNIT, funds("20", "20", "20"))
                .withStated(s);
    }

    // R8b: 总额 row against the sum of its sources, column by column.
    @ParameterizedTest(name = "总额 {0} / {1} / {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "0|0|0|“年初预算”填 0.00 万元，按各行应为 120.00 万元；“调整后预算数”填 0.00 万元，按各行应为 118.60 万元；“预算执行数”填 0.00 万元，按各行应为 118.60 万元",
            "120|118.6|118.6|null",
            "120.00|118.60|118.60|null",
            "120|118.6|118.61|“预算执行数”填 118.61 万元，按各行应为 118.60 万元",
            "''|118.6|118.6|“年初预算”未填（按各行应为 120.00 万元）",
            "-|-|-|null",
            "120|-|-|null",
    })
    void theTotalRowIsTheSumOfItsSources(String initial, String adjusted, String executed, String expected) {
        Report r = withProjects(twoSources(new ProjectStated(stated(initial), stated(adjusted), stated(executed), null, null, null)));
        List<Finding> found = check(new StatedFundTotalRule(), r);
        if (expected == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message()).isEqualTo("项目「信息化建设」总额行" + expected);
                assertThat(f.location().path()).isEqualTo("projects[0].stated.total");
            });
        }
    }

    @Test
    void rowsWithMoreDecimalsThanShownAllowACentOfRounding() {
        // 10.004 + 20.004 = 30.008, shown 30.01; a table that printed its rows 10.00 + 20.00 states 30.01
        Project p = project("x", funds("10.004", null, null)).withFunds(FundSource.UNIT, funds("20.004", null, null))
                .withStated(new ProjectStated(Stated.of(d("30.00")), null, null, null, null, null));
        assertThat(check(new StatedFundTotalRule(), withProjects(p))).isEmpty();
        Project off = p.withStated(new ProjectStated(Stated.of(d("30.03")), null, null, null, null, null));
        assertThat(check(new StatedFundTotalRule(), withProjects(off))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("填 30.03 万元", "应为 30.01 万元"));
    }

    // R6b, R7b: the execution rate and score a table states; 98.6 / 98.6 → 100 %, 10 of 10.
    @ParameterizedTest(name = "执行率 {0}, 得分 {1} → {2} / {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "100|10|null|null",
            "100.00|10.00|null|null",
            "99.995|9.995|null|null",
            "0|0|预算执行率填 0.00%，按各行应为 100.00%|预算执行得分填 0.00 分，按各行应为 10.00 分",
            "''|''|预算执行率未填（按各行应为 100.00%）|预算执行得分未填（按各行应为 10.00 分）",
            "85|8.5|预算执行率填 85.00%，按各行应为 100.00%|预算执行得分填 8.50 分，按各行应为 10.00 分",
    })
    void theExecutionRateAndScoreFollowTheRows(String rate, String score, String rateFinding, String scoreFinding) {
        Report r = withProjects(twoSources(new ProjectStated(null, null, null, stated(rate), stated(score), null)));
        assertMessages(check(new StatedExecutionRateRule(), r), rateFinding == null ? null : "项目「信息化建设」" + rateFinding);
        assertMessages(check(new StatedExecutionScoreRule(), r), scoreFinding == null ? null : "项目「信息化建设」" + scoreFinding);
    }

    // R11b: 合计 against the table's own cells; R11c: a blank 得分 cell.
    @ParameterizedTest(name = "指标得分 {0}，合计 {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "80|90|null",
            "-|97.5|null",
            "80|100|合计得分填 100.00 分，按各行应为 90.00 分",
            "80|''|合计得分未填（按各行应为 90.00 分）",
    })
    void theTotalScoreIsTheSumOfTheScoreCells(String rowScore, String total, String expected) {
        // ≥ 200 件, 175 done, weight 90 → the formula gives 78.75; with the execution score 10 → 88.75
        var row = indicator(IndicatorNature.AT_LEAST, "200", "件", "175", "90");
        if (rowScore.equals("-")) {
            row = row.withActual("194.4444");
        } else {
            row = row.withScore(d(rowScore));
        }
        Project p = project("x", funds("100", null, "100"), row)
                .withStated(new ProjectStated(null, null, null, null, null, stated(total)));
        assertMessages(check(new StatedTotalScoreRule(), withProjects(p)), expected == null ? null : "项目「x」" + expected);
    }

    @Test
    void aBlankScoreCellIsAnErrorNamingTheFormulasScore() {
        var row = indicator(IndicatorNature.AT_LEAST, "200", "件", "150", "10").withScoreLeftBlank(true);
        Report r = withProjects(project("x", funds("1", null, "1"), row));
        assertThat(check(new BlankScoreRule(), r)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("项目「x」指标「指标」得分栏为空，按公式应为 7.5 分");
            assertThat(f.location().path()).isEqualTo("projects[0].indicators[0].score");
        });
        assertThat(check(new BlankScoreRule(), withProjects(project("x", funds("1", null, "1"), row.withScoreLeftBlank(null)))))
                .isEmpty();
        // a row with a score is not blank, whatever the flag says
        assertThat(row.withScore(d("7.5")).scoreBlank()).isFalse();
    }

    // R1b, R3c: a document's 收入合计 / 支出合计 against the parts.
    @ParameterizedTest(name = "收入合计 {0}，支出合计 {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "1123.58|1124.25|null|null",
            "1123.59|1124.25|收入合计填 1123.59 万元，按各行应为 1123.58 万元|null",
            "1123.58|''|null|支出合计未填（按各行应为 1124.25 万元）",
            "-|0|null|支出合计填 0.00 万元，按各行应为 1124.25 万元",
    })
    void statedFinanceTotals(String income, String expenditure, String incomeFinding, String expenditureFinding) {
        Report r = Fixtures.report();
        r = r.withFinances(r.finances().withIncome(Map.of(IncomeSource.GENERAL_PUBLIC_BUDGET, d("1123.58")))
                .withExpenditure(Map.of(ExpenditureCategory.BASIC, d("878.87"), ExpenditureCategory.PROJECT, d("245.38")))
                .withStatedIncomeTotal(stated(income)).withStatedExpenditureTotal(stated(expenditure)));
        assertMessages(check(new StatedIncomeTotalRule(), r), incomeFinding);
        assertMessages(check(new StatedExpenditureTotalRule(), r), expenditureFinding);
    }

    // R3d: 人员经费 + 公用经费 = 基本支出.
    @ParameterizedTest(name = "人员 {0} + 公用 {1} vs 基本 878.87")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "700.87|178|null",
            "700.871|178.004|null",
            "700|178|人员经费 700.00 万元 + 公用经费 178.00 万元 = 878.00 万元，与基本支出 878.87 万元不符",
            "900|null|人员经费 900.00 万元超过基本支出 878.87 万元",
            "null|178|null",
    })
    void theBasicSplitAddsUp(String personnel, String publicUse, String expected) {
        Report r = Fixtures.report();
        r = r.withFinances(r.finances().withExpenditure(Map.of(ExpenditureCategory.BASIC, d("878.87")))
                .withPersonnelExpenses(personnel == null ? null : d(personnel))
                .withPublicExpenses(publicUse == null ? null : d(publicUse)));
        assertMessages(check(new BasicSplitRule(), r), expected);
    }

    // R4c: "较上年增加/减少 x 万元，增长/下降 y%" against last year's total.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "2023年度收入合计1123.58万元，较上年增加123.58万元，增长12.36%。|null",
            "2023年度收入合计1123.58万元，较2022年度增加123.58万元，增长12.36%。|null",
            "2023年度收入合计1123.58万元，较上年增加123.58万元，增长12.4%。|null",
            "2023年度收入合计1123.58万元，较上年减少123.58万元，下降12.36%。|正文写减少 123.58 万元，收入合计较上年应增加 123.58 万元（增长12.36%）（本年 1123.58 万元，上年 1000.00 万元）",
            "2023年度收入合计1123.58万元，较上年增加100.00万元，增长10%。|正文写增加 100.00 万元，收入合计较上年应增加 123.58 万元（增长12.36%）（本年 1123.58 万元，上年 1000.00 万元）",
            "2023年度收入合计1123.58万元，较上年增加123.58万元，增长21.36%。|正文写变动 21.36%，收入合计较上年应增加 123.58 万元（增长12.36%）（本年 1123.58 万元，上年 1000.00 万元）",
            "2023年度收入合计1123.58万元。|null",
    })
    void yearOnYearSentences(String text, String expected) {
        Report r = Fixtures.report();
        r = r.withFinances(r.finances().withIncome(Map.of(IncomeSource.GENERAL_PUBLIC_BUDGET, d("1123.58")))
                .withIncomeText(text).withPriorIncomeTotal(d("1000")));
        assertMessages(check(new YearOnYearTextRule(), r), expected);
    }

    private static void assertMessages(List<Finding> found, String expected) {
        if (expected == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).extracting(Finding::message).containsExactly(expected);
            assertThat(found).allSatisfy(f -> assertThat(f.source()).doesNotContain("domain.md"));
        }
    }
}
