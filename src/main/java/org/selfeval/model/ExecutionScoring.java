package org.selfeval.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** 预算执行 score: min(执行率, 100 %) × weight, 2 decimals (S9: 76 % → 7.6 of 10; domain.md R7). */
public final class ExecutionScoring {
    private ExecutionScoring() {
    }

    public static Optional<BigDecimal> score(BudgetFigures funds, BigDecimal weight) {
        if (weight == null) {
            return Optional.empty();
        }
        return funds.executionRate().map(rate -> score(rate, weight));
    }

    /** @param ratePercent 执行率 in percent */
    public static BigDecimal score(BigDecimal ratePercent, BigDecimal weight) {
        BigDecimal capped = ratePercent.min(Percent.HUNDRED).max(BigDecimal.ZERO);
        return Scores.round(capped.multiply(weight).divide(Percent.HUNDRED, 10, RoundingMode.HALF_UP));
    }
}
