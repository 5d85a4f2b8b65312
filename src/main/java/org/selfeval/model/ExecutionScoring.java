package org.selfeval.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** 预算执行 score: min(执行率, 100 %) × weight, 2 decimals (S9: 76 % → 7.6 of 10; domain.md R7). */
public final class ExecutionScoring {
    private ExecutionScoring() {
    }

    /**
     * The score of the figures, empty without an 执行率. Computed from 执行数 and the budget in one
     * division, not from the rate rounded to its working scale, which could fall short of a half cent
     * (23 of 24 at weight 3 is 2.875 → 2.88).
     */
    public static Optional<BigDecimal> score(BudgetFigures funds, BigDecimal weight) {
        if (weight == null || funds.executionRate().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal budget = funds.effectiveBudget();
        BigDecimal executed = funds.executed().min(budget);
        return Optional.of(Scores.round(executed.multiply(weight).divide(budget, 10, RoundingMode.HALF_UP)));
    }

    /** @param ratePercent 执行率 in percent */
    public static BigDecimal score(BigDecimal ratePercent, BigDecimal weight) {
        BigDecimal capped = ratePercent.min(Percent.HUNDRED).max(BigDecimal.ZERO);
        return Scores.round(capped.multiply(weight).divide(Percent.HUNDRED, 10, RoundingMode.HALF_UP));
    }
}
