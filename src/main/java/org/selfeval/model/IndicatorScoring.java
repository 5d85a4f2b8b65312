package org.selfeval.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Computes the 得分 of one indicator row. Pure; every rule names its source (domain.md §1.3).
 */
public final class IndicatorScoring {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private IndicatorScoring() {
    }

    /** The computed score, or empty when the row lacks what the formula needs. */
    public static Optional<BigDecimal> compute(Indicator row) {
        if (row.weight() == null) {
            return Optional.empty();
        }
        if (!row.nature().isQuantitative()) {
            return row.grade() == null ? Optional.empty() : Optional.of(qualitativeDefault(row.grade(), row.weight()));
        }
        Optional<BigDecimal> target = Numbers.parse(row.target());
        Optional<BigDecimal> actual = Numbers.parse(row.actual());
        if (target.isEmpty() || actual.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(quantitative(row.nature(), target.get(), actual.get(), row.weight()));
    }

    /** The formula for a quantitative row. */
    public static BigDecimal quantitative(IndicatorNature nature, BigDecimal target, BigDecimal actual, BigDecimal weight) {
        return switch (nature) {
            case AT_LEAST, MORE_THAN -> positive(target, actual, weight);
            case EQUAL -> equal(target, actual, weight);
            case AT_MOST, LESS_THAN -> reverse(target, actual, weight);
            case QUALITATIVE -> throw new IllegalArgumentException("定性指标没有定量公式");
        };
    }

    /**
     * ≥: actual ≥ target → full weight; else weight × actual / target
     * (S6 selfpositiveindex; 财预〔2020〕10号 "按照完成值与指标值的比例记分").
     */
    static BigDecimal positive(BigDecimal target, BigDecimal actual, BigDecimal weight) {
        if (actual.compareTo(target) >= 0) {
            return Scores.round(weight);
        }
        if (target.signum() <= 0 || actual.signum() <= 0) {
            return Scores.round(BigDecimal.ZERO);
        }
        return Scores.round(actual.multiply(weight).divide(target, 10, RoundingMode.HALF_UP));
    }

    /** =: target 0 → full when actual ≤ 0, else 0; target > 0 → as ≥ (S6 selfequalindex). */
    static BigDecimal equal(BigDecimal target, BigDecimal actual, BigDecimal weight) {
        if (target.signum() == 0) {
            return Scores.round(actual.signum() <= 0 ? weight : BigDecimal.ZERO);
        }
        return positive(target, actual, weight);
    }

    /**
     * ≤: actual ≤ target → full; target < actual < 2×target → weight × (1 − (actual − target)/target);
     * actual ≥ 2×target → 0 (S6 selfreverseindex).
     */
    static BigDecimal reverse(BigDecimal target, BigDecimal actual, BigDecimal weight) {
        if (actual.compareTo(target) <= 0) {
            return Scores.round(weight);
        }
        if (target.signum() <= 0 || actual.compareTo(target.multiply(TWO)) >= 0) {
            return Scores.round(BigDecimal.ZERO);
        }
        // weight × (1 − (actual − target)/target) as one division: the quotient rounded first could fall
        // short of a half cent (3 × (1 − 4/96) = 2.875 → 2.88, not 2.8749999999 → 2.87)
        return Scores.round(weight.multiply(target.multiply(TWO).subtract(actual)).divide(target, 10, RoundingMode.HALF_UP));
    }

    /**
     * Default score of a 定性 row before the clerk adjusts it inside the band: 达成 → full weight,
     * 部分达成 → 70 %, 未达成 → 30 % (the middle of the lower bands).
     */
    public static BigDecimal qualitativeDefault(QualitativeGrade grade, BigDecimal weight) {
        BigDecimal share = switch (grade) {
            case ACHIEVED -> BigDecimal.ONE;
            case PARTIALLY_ACHIEVED -> new BigDecimal("0.70");
            case NOT_ACHIEVED -> new BigDecimal("0.30");
        };
        return Scores.round(weight.multiply(share));
    }

    /**
     * Whether a 定性 score lies in its grade's band (S6 selfqualscorecheck): 达成 [80 %, 100 %],
     * 部分达成 [60 %, 80 %), 未达成 [0, 60 %).
     */
    public static boolean withinBand(QualitativeGrade grade, BigDecimal weight, BigDecimal score) {
        BigDecimal low = Scores.round(weight.multiply(grade.lowShare()));
        BigDecimal high = Scores.round(weight.multiply(grade.highShare()));
        if (score.compareTo(low) < 0 || score.compareTo(weight) > 0) {
            return false;
        }
        return grade == QualitativeGrade.ACHIEVED ? score.compareTo(high) <= 0 : score.compareTo(high) < 0;
    }
}
