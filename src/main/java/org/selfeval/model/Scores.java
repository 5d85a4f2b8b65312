package org.selfeval.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores and weights (分): 2 decimals, never negative. */
public final class Scores {
    public static final BigDecimal HUNDRED = new BigDecimal("100.00");

    private Scores() {
    }

    public static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("分值不能为负数：" + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("分值最多保留两位小数：" + value.toPlainString());
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * A score as a document states it: up to four decimals (published tables carry 8.5333), never
     * negative, at most 100 (a 100-point table); kept exact.
     */
    public static BigDecimal stated(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("分值不能为负数：" + value.toPlainString());
        }
        if (value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("分值不能超过 100 分：" + value.toPlainString());
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 4) {
            throw new IllegalArgumentException("分值最多保留四位小数：" + value.toPlainString());
        }
        return value.setScale(Math.max(2, stripped.scale()), RoundingMode.UNNECESSARY);
    }

    /** Rounds a computed score to 2 decimals (S6: round(…, 2)). */
    public static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
