package org.selfeval.ui.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.IndicatorScoring;
import org.selfeval.model.QualitativeGrade;

class IndicatorColumnTest {
    static Indicator qualitative(String weight, QualitativeGrade grade) {
        return new Indicator("满意度指标", "服务对象满意度指标", "群众满意度", IndicatorNature.QUALITATIVE, "", "", "",
                new BigDecimal(weight), null, grade, "");
    }

    @ParameterizedTest(name = "{0} at {1} / weight {2}: accepted = {3}")
    @CsvSource({
        "ACHIEVED, 16, 20, true",
        "ACHIEVED, 20, 20, true",
        "ACHIEVED, 15.99, 20, false",
        "PARTIALLY_ACHIEVED, 12, 20, true",
        "PARTIALLY_ACHIEVED, 16, 20, false",
        "NOT_ACHIEVED, 0, 20, true",
        "NOT_ACHIEVED, 12, 20, false",
    })
    void aTypedQualitativeScoreIsTakenOnlyInsideItsBand(QualitativeGrade grade, String score, String weight, boolean ok) {
        Indicator row = qualitative(weight, grade);
        boolean inBand = IndicatorScoring.withinBand(grade, new BigDecimal(weight), new BigDecimal(score).setScale(2));
        assertThat(inBand).isEqualTo(ok);
        if (ok) {
            assertThat(IndicatorColumn.SCORE.edit(row, score, "得分").score()).isEqualByComparingTo(score);
        } else {
            assertThatThrownBy(() -> IndicatorColumn.SCORE.edit(row, score, "得分"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("得分").hasMessageContaining(grade.label()).hasMessageContaining("保留原得分");
        }
    }

    @Test
    void aBlankScoreGoesBackToTheComputedOneAndAQuantitativeScoreCannotBeTyped() {
        Indicator row = qualitative("20", QualitativeGrade.ACHIEVED).withScore(new BigDecimal("18"));
        assertThat(IndicatorColumn.SCORE.edit(row, " ", "得分").score()).isNull();
        Indicator quantitative = row.withNature(IndicatorNature.AT_LEAST).withScore(null);
        assertThat(IndicatorColumn.SCORE.edit(quantitative, "3", "得分")).isEqualTo(quantitative);
        assertThat(IndicatorColumn.SCORE.editable(quantitative)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"≥, AT_LEAST", ">=, AT_LEAST", "≤, AT_MOST", "=, EQUAL", "定性, QUALITATIVE", "＜, LESS_THAN"})
    void theNatureIsReadAsClerksTypeIt(String typed, IndicatorNature nature) {
        assertThat(IndicatorColumn.NATURE.edit(qualitative("10", null), typed, "指标性质").nature()).isEqualTo(nature);
    }

    @Test
    void refusalsNameTheColumnAndTheText() {
        Indicator row = qualitative("10", null);
        assertThatThrownBy(() -> IndicatorColumn.NATURE.edit(row, "约", "指标性质")).hasMessageContaining("指标性质").hasMessageContaining("约");
        assertThatThrownBy(() -> IndicatorColumn.WEIGHT.edit(row, "十", "权重")).hasMessageContaining("权重").hasMessageContaining("十");
        assertThatThrownBy(() -> IndicatorColumn.WEIGHT.edit(row, "1.234", "权重")).hasMessageContaining("两位小数");
    }

    @Test
    void aQualitativeOutcomeTextSetsTheGradeWhenNoneIsChosen() {
        Indicator row = qualitative("10", null);
        assertThat(IndicatorColumn.ACTUAL.edit(row, "部分达成年度指标并具有一定效果", "完成值").grade())
                .isEqualTo(QualitativeGrade.PARTIALLY_ACHIEVED);
        assertThat(IndicatorColumn.ACTUAL.edit(row.withGrade(QualitativeGrade.ACHIEVED), "未达成", "完成值").grade())
                .isEqualTo(QualitativeGrade.ACHIEVED);
    }
}
