package org.selfeval.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {
    @ParameterizedTest
    @CsvSource({
            "0, 0", "0.00, 0", "157.3, 157.30", "1123.58, 1123.58", "0.01, 0.01", "100, 100.00", "12345678.9, 12345678.90"})
    void amounts(String value, String printed) {
        assertThat(Figures.amount(new BigDecimal(value))).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource({
            "100.0000000000, 100", "0, 0", "78.1705580609, 78.17", "21.8294419391, 21.83", "1.3554521546, 1.36",
            "1.3, 1.30", "99.995, 100", "99.994, 99.99", "50.004, 50", "0.005, 0.01"})
    void percentages(String value, String printed) {
        assertThat(Figures.percent(new BigDecimal(value))).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource({"97.50, 97.5", "90.00, 90", "88.25, 88.25", "100.00, 100", "0.00, 0"})
    void scores(String value, String printed) {
        assertThat(Figures.score(new BigDecimal(value))).isEqualTo(printed);
    }
}
