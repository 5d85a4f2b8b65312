package org.selfeval.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Percentages, kept exact and rounded to 2 decimals (HALF_UP) only when shown. */
public final class Percent {
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int WORKING_SCALE = 10;

    private Percent() {
    }

    /** part / whole × 100 with working precision; empty when the whole is zero or missing. */
    public static Optional<BigDecimal> of(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(Money.orZero(part).multiply(HUNDRED).divide(whole, WORKING_SCALE, RoundingMode.HALF_UP));
    }

    /** part / whole × 100, rounded to 2 decimals as printed in reports. */
    public static Optional<BigDecimal> rounded(BigDecimal part, BigDecimal whole) {
        return of(part, whole).map(Percent::round);
    }

    /** A percentage as a document states it (e.g. an 执行率 cell): up to four decimals, 0 to 100000. */
    public static BigDecimal stated(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            throw new IllegalArgumentException("百分比不合理：" + value.toPlainString() + "%");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 4) {
            throw new IllegalArgumentException("百分比最多保留四位小数：" + value.toPlainString());
        }
        return value.setScale(Math.max(2, stripped.scale()), RoundingMode.UNNECESSARY);
    }

    public static BigDecimal round(BigDecimal percent) {
        return percent.setScale(2, RoundingMode.HALF_UP);
    }

    /** "78.17%", "100%" style is up to the narrative; this gives the plain 2-decimal number. */
    public static String format(BigDecimal percent) {
        return percent == null ? "" : round(percent).toPlainString();
    }
}
