package org.selfeval.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** One row a case; the comment on each table names the rule's source. */
class CalculationsTest {

    // Shares of a total, 2 decimals HALF_UP (domain.md R2; the seed's 收入/支出 paragraphs).
    @ParameterizedTest(name = "{0} / {1} = {2}%")
    @CsvSource({
            "878.87, 1124.25, 78.17",
            "245.38, 1124.25, 21.83",
            "1123.58, 1123.58, 100.00",
            "0, 1123.58, 0.00",
            "1, 3, 33.33",
            "2, 3, 66.67",
    })
    void shareOfATotal(String part, String whole, String expected) {
        assertThat(Percent.rounded(new BigDecimal(part), new BigDecimal(whole))).contains(new BigDecimal(expected));
    }

    @Test
    void shareOfAZeroTotalIsUndefined() {
        assertThat(Percent.rounded(BigDecimal.ONE, BigDecimal.ZERO)).isEmpty();
    }

    // 执行率 = 执行数 / 调整后预算数 (Sichuan 510000_0013zp instruction 1; domain.md R6); no adjusted → 年初.
    @ParameterizedTest(name = "年初 {0} 调整 {1} 执行 {2} → {3}%")
    @CsvSource({
            "157.3, 133.47, 133.47, 100.00",
            "179.18, 225.51, 225.51, 100.00",
            "157.3, , 133.47, 84.85",
            "60, 60, 11.24, 18.73",
            "100, 80, 90, 112.50",
    })
    void executionRate(String initial, String adjusted, String executed, String expected) {
        BudgetFigures f = new BudgetFigures(new BigDecimal(initial), adjusted == null ? null : new BigDecimal(adjusted),
                new BigDecimal(executed));
        assertThat(f.executionRate().map(Percent::round)).contains(new BigDecimal(expected));
    }

    // Execution score = min(执行率, 100 %) × weight (S9: 76 % → 7.6 of 10; domain.md R7).
    @ParameterizedTest(name = "rate {0}% weight {1} → {2}")
    @CsvSource({
            "76, 10, 7.60",
            "100, 10, 10.00",
            "112.5, 10, 10.00",
            "18.7333, 10, 1.87",
            "0, 10, 0.00",
            "89.974, 20, 17.99",
    })
    void executionScore(String rate, String weight, String expected) {
        assertThat(ExecutionScoring.score(new BigDecimal(rate), new BigDecimal(weight))).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "执行 {0} of {1}, weight {2} → {3}")
    @CsvSource({
            "23, 24, 3, 2.88",     // 3 × 23/24 = 2.875 exactly; the rate at its working scale would give 2.87
            "90, 80, 10, 10.00",
            "11.24, 60, 10, 1.87",
    })
    void executionScoreOfTheFigures(String executed, String budget, String weight, String expected) {
        BudgetFigures f = new BudgetFigures(new BigDecimal(budget), null, new BigDecimal(executed));
        assertThat(ExecutionScoring.score(f, new BigDecimal(weight))).contains(new BigDecimal(expected));
    }

    // Quantitative indicators (S6 selfpositiveindex / selfequalindex / selfreverseindex; domain.md §1.3 worked example).
    @ParameterizedTest(name = "{0} target {1} actual {2} weight {3} → {4}")
    @CsvSource({
            "AT_LEAST, 200, 150, 10, 7.50",   // worked example: ≥200 件, 150 件 → 7.50
            "AT_LEAST, 200, 250, 10, 10.00",  // over-completion keeps full weight
            "MORE_THAN, 95, 90, 10, 9.47",
            "AT_LEAST, 100, 0, 10, 0.00",
            "EQUAL, 100, 100, 20, 20.00",
            "EQUAL, 100, 80, 20, 16.00",
            "EQUAL, 0, 0, 5, 5.00",           // target 0: nothing happened → full
            "EQUAL, 0, 1, 5, 0.00",
            "AT_MOST, 100, 120, 10, 8.00",    // worked example: cost ≤100, 120 → 10 × (1 − 0.2)
            "AT_MOST, 100, 90, 10, 10.00",
            "AT_MOST, 100, 200, 10, 0.00",    // ≥ 2 × target → 0
            "LESS_THAN, 12, 15, 10, 7.50",
            "AT_MOST, 96, 100, 3, 2.88",      // 3 × (1 − 4/96) = 2.875 exactly: a half cent rounds up, as Excel's ROUND
    })
    void quantitativeIndicator(IndicatorNature nature, String target, String actual, String weight, String expected) {
        Indicator row = new Indicator("产出指标", "数量指标", "x", nature, target, "", actual, new BigDecimal(weight),
                null, null, "");
        assertThat(IndicatorScoring.compute(row)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "target \"{0}\" actual \"{1}\" → no score")
    @CsvSource({"≥95, 完成", "好, 好", "'', 3"})
    void indicatorWithoutNumbersHasNoComputedScore(String target, String actual) {
        Indicator row = new Indicator("", "", "x", IndicatorNature.AT_LEAST, target, "%", actual, BigDecimal.TEN, null, null, "");
        assertThat(IndicatorScoring.compute(row)).isEmpty();
    }

    // Qualitative bands (财预〔2020〕10号; S6 selfqualscorecheck): 达成 [80,100] 部分 [60,80) 未达成 [0,60) % of weight.
    @ParameterizedTest(name = "{0} weight {1} score {2} → {3}")
    @CsvSource({
            "ACHIEVED, 10, 10, true",
            "ACHIEVED, 10, 8, true",
            "ACHIEVED, 10, 7.99, false",
            "PARTIALLY_ACHIEVED, 10, 6, true",
            "PARTIALLY_ACHIEVED, 10, 7.99, true",
            "PARTIALLY_ACHIEVED, 10, 8, false",
            "NOT_ACHIEVED, 10, 0, true",
            "NOT_ACHIEVED, 10, 6, false",
            "ACHIEVED, 10, 10.5, false",
    })
    void qualitativeBand(QualitativeGrade grade, String weight, String score, boolean within) {
        assertThat(IndicatorScoring.withinBand(grade, new BigDecimal(weight), new BigDecimal(score))).isEqualTo(within);
    }

    @ParameterizedTest(name = "{0} weight {1} → default {2}")
    @CsvSource({"ACHIEVED, 10, 10.00", "PARTIALLY_ACHIEVED, 10, 7.00", "NOT_ACHIEVED, 15, 4.50"})
    void qualitativeDefaultLiesInItsBand(QualitativeGrade grade, String weight, String expected) {
        BigDecimal s = IndicatorScoring.qualitativeDefault(grade, new BigDecimal(weight));
        assertThat(s).isEqualTo(new BigDecimal(expected));
        assertThat(IndicatorScoring.withinBand(grade, new BigDecimal(weight), s)).isTrue();
    }

    // Grades (财预〔2020〕10号; 财政部预算司): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below.
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"100, EXCELLENT", "97.5, EXCELLENT", "90, EXCELLENT", "89.99, GOOD", "80, GOOD", "79.99, FAIR",
            "60, FAIR", "59.99, POOR", "0, POOR"})
    void grade(String score, Grade expected) {
        assertThat(Grade.of(new BigDecimal(score))).isEqualTo(expected);
    }

    // 总分 = execution score + Σ indicator scores (财预〔2020〕10号 "总分由各项指标得分汇总形成").
    @Test
    void projectTotalAddsExecutionAndIndicatorScores() {
        Project p = ProjectBuilder.builder().id("p").name("x")
                .funds(Map.of(FundSource.FISCAL, new BudgetFigures(new BigDecimal("60"), new BigDecimal("60"), new BigDecimal("11.24"))))
                .indicators(List.of(
                        new Indicator("产出指标", "数量指标", "a", IndicatorNature.AT_LEAST, "200", "件", "150", new BigDecimal("50"), null, null, ""),
                        new Indicator("效益指标", "社会效益指标", "b", IndicatorNature.QUALITATIVE, "好", "", "较好", new BigDecimal("40"), new BigDecimal("33"), QualitativeGrade.ACHIEVED, "")))
                .build();
        // 1.87 (18.73 % of 10) + 37.50 (150/200 × 50) + 33 (stated) = 72.37
        assertThat(p.executionScore()).contains(new BigDecimal("1.87"));
        assertThat(p.totalScore()).contains(new BigDecimal("72.37"));
        assertThat(p.totalWeight()).isEqualByComparingTo("100");
    }

    @Test
    void totalFundsSumTheSources() {
        // 单位资金 has no 调整后预算数: its 年初预算 10 is its budget for the year, so the adjusted total is 90 + 10
        Project p = ProjectBuilder.builder().id("p").name("x").funds(Map.of(
                FundSource.FISCAL, new BudgetFigures(new BigDecimal("100"), new BigDecimal("90"), new BigDecimal("80")),
                FundSource.UNIT, new BudgetFigures(new BigDecimal("10"), null, new BigDecimal("5")))).build();
        assertThat(p.totalFunds()).isEqualTo(new BudgetFigures(new BigDecimal("110"), new BigDecimal("100"), new BigDecimal("85")));
        assertThat(p.isLarge()).isTrue();
    }

    // Only some sources adjusted (财政资金 100 → 120, 单位资金 50 not adjusted, 145 spent): the rows imply a
    // budget of 170, 85.29 %, 8.53 of 10 — not 120, 120.83 %, 10 as when only adjusted rows were summed.
    @ParameterizedTest(name = "财政 {0}→{1}，单位 {2}→{3}，执行 {4} → 总额调整后 {5}，{6}%，{7} 分")
    @CsvSource({
            "100, 120, 50, , 145, 170.00, 85.29, 8.53",
            "100, , 50, , 145, , 96.67, 9.67",
            "100, 120, 50, 60, 145, 180.00, 80.56, 8.06",
            "100, 80, 50, , 130, 130.00, 100.00, 10.00",
    })
    void totalRowOverPartlyAdjustedSources(String fiscal, String fiscalAdjusted, String unit, String unitAdjusted,
                                           String executed, String totalAdjusted, String rate, String score) {
        Project p = ProjectBuilder.builder().id("p").name("x").funds(Map.of(
                FundSource.FISCAL, new BudgetFigures(new BigDecimal(fiscal), dec(fiscalAdjusted), new BigDecimal(executed)),
                FundSource.UNIT, new BudgetFigures(new BigDecimal(unit), dec(unitAdjusted), null))).build();
        assertThat(p.totalFunds().adjusted()).isEqualTo(dec(totalAdjusted));
        assertThat(p.totalFunds().executionRate().map(Percent::round)).contains(new BigDecimal(rate));
        assertThat(p.executionScore()).contains(new BigDecimal(score));
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    @Test
    void moneyKeepsUpToSixDecimalsAndRefusesMoreAndNegatives() {
        assertThat(Money.of("157.3")).isEqualTo(new BigDecimal("157.30"));
        assertThat(Money.of("1.500")).isEqualTo(new BigDecimal("1.50"));
        assertThat(Money.of("56.7810")).isEqualTo(new BigDecimal("56.781"));
        assertThat(Money.of("235.000050")).isEqualTo(new BigDecimal("235.00005"));
        assertThat(Money.of("12345678901234567.89")).isEqualTo(new BigDecimal("12345678901234567.89"));
        assertThatThrownBy(() -> Money.of("1.2345678")).hasMessageContaining("六位小数");
        assertThatThrownBy(() -> Money.normalize(new BigDecimal("1e400"))).hasMessageContaining("金额过大");
        assertThatThrownBy(() -> new Carryover(null, new BigDecimal("-1"), null, null)).hasMessageContaining("负数");
    }

    // Amounts as documents write them: 万元 by default, 元 and 亿元 converted exactly.
    @ParameterizedTest(name = "\"{0}\" → {1} 万元")
    @CsvSource(delimiter = '|', value = {
            "56.781|56.781",
            "2,350,000.50元|235.00005",
            "2350000.5 元|235.00005",
            "１２３．５万元|123.50",
            "1.2亿元|12000.00",
            "0.01元|0.000001",
            "12345678901234567.89|12345678901234567.89",
    })
    void amountsAreReadWithTheirUnit(String text, String wan) {
        assertThat(Money.parse(text)).isEqualTo(new BigDecimal(wan).setScale(Math.max(2, new BigDecimal(wan).stripTrailingZeros().scale())));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"abc", "12.3.4", "0.001元", "万元", "1e5"})
    void notAmountsAreRefusedInChinese(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching(".*[\u4e00-\u9fa5].*");
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({"95, 95", "≥95%, 95", "'1,200', 1200", "12月, 12", "-3, -3", "0.5, 0.5"})
    void numbersAreReadFromValueCells(String text, String expected) {
        assertThat(Numbers.parse(text)).contains(new BigDecimal(expected));
    }
}
