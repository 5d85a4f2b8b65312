package org.selfeval.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "较2022年度下降1.36%" clause of the 结转 paragraph.
 *
 * @param year     the year compared with
 * @param signed   the change in percent, negative for 下降/减少
 * @param written  the percentage as written, with its direction word, e.g. "下降1.36%"
 */
record CarryoverChange(int year, BigDecimal signed, String written) {
    private static final Pattern CHANGE = Pattern.compile(
            "较(?:上年|上年度|(\\d{4})\\s*年(?:度|末)?)(?:同期)?\\s*(下降|减少|降低|增长|增加|上升)了?\\s*" + TextFigures.NUM + "\\s*[%％]");

    /** The clause in the text; {@code reportYear} − 1 stands for 上年. */
    static Optional<CarryoverChange> in(String text, int reportYear) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CHANGE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int year = m.group(1) == null ? reportYear - 1 : Integer.parseInt(m.group(1));
        BigDecimal pct = new BigDecimal(m.group(3).replace(",", ""));
        boolean down = "下降".equals(m.group(2)) || "减少".equals(m.group(2)) || "降低".equals(m.group(2));
        return Optional.of(new CarryoverChange(year, down ? pct.negate() : pct, m.group(2) + m.group(3) + "%"));
    }

    /** The prior-year figure the change implies: now / (1 + change / 100), 2 decimals. */
    Optional<BigDecimal> impliedPrior(BigDecimal now) {
        BigDecimal factor = BigDecimal.ONE.add(signed.movePointLeft(2));
        if (factor.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(now.divide(factor, 2, RoundingMode.HALF_UP));
    }

    int decimals() {
        BigDecimal abs = signed.abs();
        return Math.max(abs.scale(), 0);
    }
}
