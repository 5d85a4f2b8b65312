package org.selfeval.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;

/**
 * Money in 万元, kept exact at the precision it was entered or published with: at least two decimals
 * and at most six (元 with 2 decimals is 万元 with 6). Nothing is rounded when it is kept; rounding
 * (HALF_UP, 2 decimals) happens only where a figure is shown ({@link #format}).
 *
 * <p>The kept form is canonical — trailing zeros beyond the second decimal are dropped — so two
 * equal amounts are also {@code equals}: 56.7810 is kept as 56.781, 100 as 100.00.
 */
public final class Money {
    /** Decimals a figure is shown and printed with. */
    public static final int SCALE = 2;
    /** Decimals an amount in 万元 may carry: 元 with two decimals. */
    public static final int MAX_SCALE = 6;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    /** 10^18 万元: far beyond any budget; keeps an amount inside 24 significant digits. */
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(18);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Money() {
    }

    /** The canonical exact form; null stays null (not entered). Refuses more than six decimals. */
    public static BigDecimal normalize(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.abs().compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("金额过大（超过 10 的 18 次方万元），请核对单位：" + plainOrSci(amount));
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("金额最多保留六位小数（以万元计，即元以下两位）：" + amount.toPlainString());
        }
        return amount.setScale(Math.max(SCALE, stripped.scale()), RoundingMode.UNNECESSARY);
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

    /** An amount given in 元, converted exactly to 万元. */
    public static BigDecimal ofYuan(BigDecimal yuan) {
        return yuan == null ? null : normalize(yuan.movePointLeft(4));
    }

    /**
     * Reads an amount as documents write it: "56.781", "2,350,000.50元", "1.2亿元", "１２３．５万元"
     * (full-width forms, thousands separators and spaces allowed). Without a unit it is 万元.
     *
     * @throws IllegalArgumentException with a Chinese message when it is not an amount
     */
    public static BigDecimal parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("金额为空");
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replace(",", "").replace("，", "")
                .replace("\u00a0", "").replace(" ", "").strip();
        int power = 0;
        if (t.endsWith("亿元")) {
            power = 4;
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("万元")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("元")) {
            power = -4;
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty() || !t.matches("-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)")) {
            throw new IllegalArgumentException("不是金额：“" + text.strip() + "”（应为数字，可带单位元、万元或亿元）");
        }
        BigDecimal value = new BigDecimal(t.endsWith(".") ? t + "0" : t);
        return normalize(value.movePointRight(power));
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

    /** The figure as kept, every decimal of it (for editing fields and files). */
    public static String exact(BigDecimal amount) {
        return amount == null ? "" : normalize(amount).toPlainString();
    }

    /** The amount rounded as shown (2 decimals, HALF_UP), for comparing with figures that were printed. */
    public static BigDecimal shown(BigDecimal amount) {
        return amount == null ? null : amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** 万元 → 元, exact. */
    public static BigDecimal toYuan(BigDecimal amount) {
        return amount == null ? null : amount.multiply(TEN_THOUSAND).stripTrailingZeros();
    }

    private static String plainOrSci(BigDecimal amount) {
        return amount.precision() - amount.scale() > 40 ? amount.toString() : amount.toPlainString();
    }
}
