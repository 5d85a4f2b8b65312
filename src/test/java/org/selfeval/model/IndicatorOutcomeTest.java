package org.selfeval.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorOutcomeTest {
    @ParameterizedTest(name = "{0} {1}, actual {2} → {3}")
    @CsvSource({
            "AT_LEAST, 100, 100, MET",
            "AT_LEAST, 100, 99, SHORT",
            "AT_LEAST, 100, 129.99, MET",
            "AT_LEAST, 100, 130, OVER",
            "MORE_THAN, 90, 95, MET",
            "EQUAL, 100, 100, MET",
            "EQUAL, 100, 90, SHORT",
            "EQUAL, 0, 0, MET",
            "EQUAL, 0, 1, SHORT",
            "AT_MOST, 12, 11, MET",
            "AT_MOST, 12, 13, SHORT",
            "AT_MOST, 60, 42, OVER",
            "AT_MOST, 60, 42.01, MET",
            "LESS_THAN, 10, 10, MET",
            "AT_LEAST, 0, 5, MET",
            "AT_LEAST, ≥95%, 98%, MET",
            "AT_LEAST, 95, 完成, UNKNOWN",
            "AT_LEAST, 高, 98, UNKNOWN",
    })
    void quantitative(IndicatorNature nature, String target, String actual, IndicatorOutcome expected) {
        Indicator row = new Indicator("产出指标", "数量指标", "x", nature, target, "%", actual, BigDecimal.TEN, null, null, "");
        assertThat(IndicatorOutcome.of(row)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ACHIEVED, MET", "PARTIALLY_ACHIEVED, SHORT", "NOT_ACHIEVED, SHORT"})
    void qualitative(QualitativeGrade grade, IndicatorOutcome expected) {
        Indicator row = new Indicator("效益指标", "", "x", IndicatorNature.QUALITATIVE, "健全", "", "健全",
                BigDecimal.TEN, null, grade, "");
        assertThat(IndicatorOutcome.of(row)).isEqualTo(expected);
    }

    @Test
    void qualitativeWithoutGradeIsUnknownAndTheThresholdIsASetting() {
        Indicator noGrade = new Indicator("效益指标", "", "x", IndicatorNature.QUALITATIVE, "健全", "", "健全",
                BigDecimal.TEN, null, null, "");
        assertThat(IndicatorOutcome.of(noGrade)).isEqualTo(IndicatorOutcome.UNKNOWN);
        Indicator row = new Indicator("产出指标", "", "x", IndicatorNature.AT_LEAST, "100", "", "120",
                BigDecimal.TEN, null, null, "");
        assertThat(IndicatorOutcome.of(row)).isEqualTo(IndicatorOutcome.MET);
        assertThat(IndicatorOutcome.of(row, new BigDecimal("20"))).isEqualTo(IndicatorOutcome.OVER);
        assertThat(IndicatorOutcome.OVER.completed()).isTrue();
        assertThat(IndicatorOutcome.OVER.deviates()).isTrue();
        assertThat(IndicatorOutcome.SHORT.completed()).isFalse();
        assertThat(IndicatorOutcome.UNKNOWN.deviates()).isFalse();
    }
}
