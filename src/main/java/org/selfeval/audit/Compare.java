package org.selfeval.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a written figure is compared with the figure it restates (domain.md §3 tolerance): amounts
 * exactly at two decimals; a percentage at the precision it is written with (at most two decimals),
 * with 0.01 points allowed for rounding.
 */
final class Compare {
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private Compare() {
    }

    /** Whether an amount written in the text (two decimals at most) states the figure as it is shown. */
    static boolean sameAmount(BigDecimal written, BigDecimal figure) {
        return written.compareTo(figure.setScale(2, RoundingMode.HALF_UP)) == 0;
    }

    /** An amount written in 元 states the figure when it rounds to it at 0.01 万元; 万元 and 亿元 exactly. */
    static boolean sameAmount(org.selfeval.recognise.Figure written, BigDecimal figure) {
        if (written.unit() == org.selfeval.recognise.Unit.YUAN) {
            return written.value().setScale(2, RoundingMode.HALF_UP).compareTo(figure.setScale(2, RoundingMode.HALF_UP)) == 0;
        }
        return sameAmount(written.value(), figure);
    }

    /** Whether a percentage written with {@code decimals} decimals states the exact value. */
    static boolean samePercent(BigDecimal written, int decimals, BigDecimal exact) {
        BigDecimal atWrittenPrecision = exact.setScale(Math.min(decimals, 2), RoundingMode.HALF_UP);
        if (written.compareTo(atWrittenPrecision) == 0) {
            return true;
        }
        return decimals >= 2 && written.subtract(exact.setScale(2, RoundingMode.HALF_UP)).abs().compareTo(CENT) <= 0;
    }

    /** Two decimals as shown in messages. */
    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A percentage with two decimals as shown in messages. */
    static String percent(BigDecimal percent) {
        return percent.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A score or weight without trailing zeros: 97.5, 90, 89.25. */
    static String score(BigDecimal score) {
        BigDecimal s = score.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
