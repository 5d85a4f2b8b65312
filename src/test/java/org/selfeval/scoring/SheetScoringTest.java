package org.selfeval.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.profile.DepartmentSheetDefinition;
import org.selfeval.profile.DepartmentSheetDefinition.Row;
import org.selfeval.profile.RegionalProfile;

/**
 * Every formula and band of the shipped department sheets (profile data), with the published worked
 * figures of department-scoring.md where there are some.
 */
class SheetScoringTest {
    static final DepartmentSheetDefinition HUNAN = RegionalProfile.HUNAN.departmentSheet();
    static final DepartmentSheetDefinition SICHUAN = RegionalProfile.SICHUAN.departmentSheet();

    static Row row(DepartmentSheetDefinition sheet, String name) {
        return sheet.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    static Map<String, BigDecimal> figures(String... pairs) {
        Map<String, BigDecimal> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1] == null ? null : new BigDecimal(pairs[i + 1]));
        }
        return m;
    }

    static String shown(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    // Hunan 2018 基础数据表: 编制 143, 在职 136 → 95.10 %, full marks (≤ 100 %); over 100 % loses 0.5 a point.
    @ParameterizedTest(name = "在职 {0} / 编制 {1} → {2}%, {3} 分")
    @CsvSource({"136, 143, 95.10, 4.00", "143, 143, 100.00, 4.00", "150, 143, 104.90, 1.55", "200, 143, 139.86, 0.00"})
    void staffControlRate(String staff, String establishment, String rate, String score) {
        var r = SheetScoring.evaluate(row(HUNAN, "在职人员控制率"), figures("staffActual", staff, "establishment", establishment));
        assertThat(shown(r.value().orElseThrow())).isEqualTo(rate);
        assertThat(r.score()).contains(new BigDecimal(score));
    }

    // The same sheet: "三公" 63.46 against 32 last year → a 98.31 % change → 0 points; a fall keeps full marks.
    @ParameterizedTest(name = "三公 {0} vs 上年 {1} → {2}%, {3} 分")
    @CsvSource({"63.46, 32, 98.31, 0.00", "30, 32, -6.25, 4.00", "32, 32, 0.00, 4.00", "33.6, 32, 5.00, 1.50"})
    void threePublicChange(String now, String before, String change, String score) {
        var r = SheetScoring.evaluate(row(HUNAN, "“三公”经费变动率"),
                figures("threePublicActual", now, "threePublicPrior", before));
        assertThat(shown(r.value().orElseThrow())).isEqualTo(change);
        assertThat(r.score()).contains(new BigDecimal(score));
    }

    // 重点支出安排率: ≥ 90 % full; 80–90 4/5; 70–80 3/5; 60–70 2/5; < 60 nothing (weight 4).
    @ParameterizedTest(name = "重点 {0} / 项目 {1} → {2} 分")
    @CsvSource({"95, 100, 4.00", "90, 100, 4.00", "89.99, 100, 3.20", "80, 100, 3.20", "75, 100, 2.40", "60, 100, 1.60",
            "59.9, 100, 0.00"})
    void keyExpenditureBands(String key, String projects, String score) {
        var r = SheetScoring.evaluate(row(HUNAN, "重点支出安排率"), figures("keyExpenditure", key, "projectExpenditure", projects));
        assertThat(r.score()).contains(new BigDecimal(score));
    }

    // 预算调整率: 0 full; within 10 % 2/3; 20 % 1/3; 30 % 1/6; beyond 0 (weight 6) — the seed's 179.18 → 225.51 is 25.86 %.
    @ParameterizedTest(name = "年初 {0} → 调整 {1}: {2} 分")
    @CsvSource({"100, 100, 6.00", "100, 105, 4.00", "100, 90, 4.00", "100, 115, 2.00", "179.18, 225.51, 1.00", "100, 131, 0.00"})
    void budgetAdjustmentBands(String initial, String adjusted, String score) {
        var r = SheetScoring.evaluate(row(HUNAN, "预算调整率"), figures("budgetInitial", initial, "budgetAdjusted", adjusted));
        assertThat(r.score()).contains(new BigDecimal(score));
    }

    // 预算完成率 proportional (weight 8); S9's 76 % → 6.08 of 8; over 100 % capped.
    @ParameterizedTest(name = "支出 {0} / 预算 {1} → {2} 分")
    @CsvSource({"76, 100, 6.08", "100, 100, 8.00", "1124.25, 1100, 8.00", "0, 100, 0.00"})
    void budgetCompletionProportional(String spent, String budget, String score) {
        var r = SheetScoring.evaluate(row(HUNAN, "预算完成率"), figures("expenditureTotal", spent, "budgetAdjusted", budget));
        assertThat(r.score()).contains(new BigDecimal(score));
    }

    // The seed's own figures on the Sichuan sheet: 公用经费 225.51 of an adjusted 225.51 → 100 %, full marks;
    // 结转 48.76 of 1124.25 spent → 4.34 %, full marks; the rest needs figures the seed does not give.
    @Test
    void theSeedsFiguresOnTheSichuanSheet() {
        Map<String, BigDecimal> seed = figures("publicExecuted", "225.51", "publicAdjusted", "225.51",
                "yearEndCarryover", "48.76", "expenditureTotal", "1124.25", "budgetAdjusted", null);
        assertThat(SheetScoring.evaluate(row(SICHUAN, "公用经费控制率"), seed).score()).contains(new BigDecimal("15.00"));
        var surplus = SheetScoring.evaluate(row(SICHUAN, "资金结余率"), seed);
        assertThat(shown(surplus.value().orElseThrow())).isEqualTo("4.34");
        assertThat(surplus.score()).contains(new BigDecimal("10.00"));
        var execution = SheetScoring.evaluate(row(SICHUAN, "预算执行率"), seed);
        assertThat(execution.score()).isEmpty();
        assertThat(execution.missing()).isEqualTo("budgetAdjusted");
        assertThat(SICHUAN.assumption()).isTrue();
    }

    @Test
    void aZeroDivisorLeavesTheRowUnscoredSayingWhy() {
        var r = SheetScoring.evaluate(row(HUNAN, "政府采购执行率"), figures("procurementActual", "10", "procurementPlanned", "0"));
        assertThat(r.score()).isEmpty();
        assertThat(r.missing()).isEqualTo("除数为零");
    }

    @Test
    void theShippedSheetsAddUpToAHundredPoints() {
        for (RegionalProfile p : RegionalProfile.available()) {
            DepartmentSheetDefinition sheet = p.departmentSheet();
            if (sheet == null) {
                continue;
            }
            BigDecimal total = sheet.rows().stream().map(Row::weight).reduce(sheet.ownRowsWeight(), BigDecimal::add);
            assertThat(total).as(p.id()).isEqualByComparingTo("100");
            sheet.rows().stream().filter(r -> !r.isQualitative()).forEach(r -> assertThat(r.explain()).as(r.name()).isNotBlank());
        }
    }
}
