package org.selfeval.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money in 万元. Stored with scale 2; a value with more than two decimals is refused, never rounded
 * silently. Rounding (HALF_UP) happens only where a figure is shown or a share is computed.
 */
public final class Money {
    public static final int SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /** Normalises an amount to scale 2; null stays null (not entered). */
    public static BigDecimal normalize(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            throw new IllegalArgumentException("金额最多保留两位小数：" + amount.toPlainString());
        }
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** Like {@link #normalize} and also refuses a negative amount. */
    public static BigDecimal nonNegative(BigDecimal amount) {
        BigDecimal value = normalize(amount);
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException("金额不能为负数：" + amount.toPlainString());
        }
        return value;
    }

    public static BigDecimal of(String text) {
        return normalize(new BigDecimal(text));
    }

    /** Null counts as zero in sums. */
    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? ZERO : amount;
    }

    public static BigDecimal sum(Iterable<BigDecimal> amounts) {
        BigDecimal total = ZERO;
        for (BigDecimal a : amounts) {
            total = total.add(orZero(a));
        }
        return total;
    }

    /** The figure as shown in the report: two decimals, HALF_UP. */
    public static String format(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(SCALE, RoundingMode.HALF_UP).toPlainString();
    }
}
