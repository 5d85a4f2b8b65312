package org.selfeval.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How figures are written in generated prose. Decisions (kept in one place so the audit's
 * text-against-figures check and the writers agree):
 * <ul>
 *   <li>Amounts (万元): two decimals, HALF_UP ("157.30", "1123.58"); an amount of zero is written
 *       "0" as in the seed ("政府性基金预算财政拨款收入0万元").</li>
 *   <li>Shares and rates (%): rounded to two decimals, HALF_UP; a result that is a whole number is
 *       written without decimals as in the seed ("占100%", "占0%", "执行率100%"), otherwise with
 *       two ("78.17%", "1.30%").</li>
 *   <li>Scores (分): as entered, without trailing zeros ("97.5分", "90分").</li>
 * </ul>
 */
public final class Figures {
    private Figures() {
    }

    /** An amount in 万元 without the unit; null is written as zero. */
    public static String amount(BigDecimal amount) {
        if (amount == null || amount.signum() == 0) {
            return "0";
        }
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A percentage without the % sign, see the class comment. */
    public static String percent(BigDecimal percent) {
        BigDecimal rounded = percent.setScale(2, RoundingMode.HALF_UP);
        if (rounded.remainder(BigDecimal.ONE).signum() == 0) {
            return rounded.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
        }
        return rounded.toPlainString();
    }

    /** A score without trailing zeros. */
    public static String score(BigDecimal score) {
        BigDecimal s = score.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s).toPlainString();
    }

    static StringBuilder amountWan(StringBuilder sb, BigDecimal amount) {
        return sb.append(amount(amount)).append("万元");
    }

    static StringBuilder percentSign(StringBuilder sb, BigDecimal percent) {
        return sb.append(percent(percent)).append('%');
    }
}
