package org.selfeval.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How an indicator's 完成值 compares with its 指标值: the basis of "实际完成指标 M 个" and of the
 * claim about indicators that miss their target or exceed it by 30 % or more (domain.md R14, R17).
 *
 * <p>Quantitative rows: ≥, > and = (target above 0) are met when 完成值 ≥ 指标值 and over-achieved when
 * (完成值 − 指标值) / 指标值 ≥ the threshold; ≤ and < are met when 完成值 ≤ 指标值 and over-achieved when
 * (指标值 − 完成值) / 指标值 ≥ the threshold (a cost or time far below its ceiling means the target was
 * set too loosely, 财预〔2020〕10号 "按照偏离度适度调减分值"); = 0 is met when 完成值 ≤ 0. 定性 rows: 达成年度指标
 * is met, the two lower grades fall short, no grade is unknown. A value that is not a single number is
 * unknown.
 */
public enum IndicatorOutcome {
    /** 达到指标值, within the threshold. */
    MET,
    /** 未达到预期指标. */
    SHORT,
    /** 超过预期指标 by the threshold or more. */
    OVER,
    /** 完成值 and 指标值 cannot be compared. */
    UNKNOWN;

    /** 30 %: the seed's "超过预期指标30%以上" (a regional setting, not an official figure). */
    public static final BigDecimal DEFAULT_OVER_THRESHOLD_PERCENT = new BigDecimal("30");

    /** Counts as 完成 ("实际完成指标 M 个"): met, or over-achieved. */
    public boolean completed() {
        return this == MET || this == OVER;
    }

    /** A deviation that needs an explanation (R14). */
    public boolean deviates() {
        return this == SHORT || this == OVER;
    }

    public static IndicatorOutcome of(Indicator row) {
        return of(row, DEFAULT_OVER_THRESHOLD_PERCENT);
    }

    /** @param thresholdPercent over-achievement threshold in percent, e.g. 30 */
    public static IndicatorOutcome of(Indicator row, BigDecimal thresholdPercent) {
        if (!row.nature().isQuantitative()) {
            if (row.grade() == null) {
                return UNKNOWN;
            }
            return row.grade() == QualitativeGrade.ACHIEVED ? MET : SHORT;
        }
        Optional<BigDecimal> t = Numbers.parse(row.target());
        Optional<BigDecimal> a = Numbers.parse(row.actual());
        if (t.isEmpty() || a.isEmpty()) {
            return UNKNOWN;
        }
        return quantitative(row.nature(), t.get(), a.get(), thresholdPercent);
    }

    static IndicatorOutcome quantitative(IndicatorNature nature, BigDecimal target, BigDecimal actual,
                                         BigDecimal thresholdPercent) {
        boolean reverse = nature == IndicatorNature.AT_MOST || nature == IndicatorNature.LESS_THAN;
        if (!reverse && nature == IndicatorNature.EQUAL && target.signum() == 0) {
            return actual.signum() <= 0 ? MET : SHORT;
        }
        BigDecimal margin = reverse ? target.subtract(actual) : actual.subtract(target);
        if (margin.signum() < 0) {
            return SHORT;
        }
        if (target.signum() > 0
                && margin.multiply(Percent.HUNDRED).compareTo(thresholdPercent.multiply(target)) >= 0) {
            return OVER;
        }
        return MET;
    }
}
