package org.selfeval.exchange.xlsx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.model.IndicatorNature;

/**
 * Splits the national form's 年度指标值 and 实际完成值 cells ("≥50个", "100％", "达成预期指标") into what
 * the Sichuan form keeps apart: 指标性质, 指标值, 度量单位 and 完成值. A value with a sign or a number is
 * quantitative (no sign: "="); anything else is 定性 and kept as written.
 *
 * @param nature the sign, or 定性
 * @param target the bare value ("50"), or the whole text of a 定性 target
 * @param unit   the unit after the number ("个", "%"), "" when none
 * @param actual the actual value without the unit when it repeats the target's
 */
record NationalValues(IndicatorNature nature, String target, String unit, String actual) {
    private static final Pattern SIGN = Pattern.compile("^(>=|<=|＞＝|＜＝|[=＝≥≤><≧≦＞＜])\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("^(-?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(.*)$", Pattern.DOTALL);

    static NationalValues parse(String targetCell, String actualCell) {
        String t = targetCell.strip();
        String a = actualCell.strip();
        Matcher sign = SIGN.matcher(t);
        IndicatorNature nature = null;
        String rest = t;
        if (sign.matches()) {
            String s = sign.group(1).replace('≧', '≥').replace('≦', '≤');
            nature = IndicatorNature.parse(s).orElse(IndicatorNature.AT_LEAST);
            rest = sign.group(2).strip();
        }
        Matcher number = NUMBER.matcher(rest);
        if (number.matches()) {
            String unit = unit(number.group(2));
            return new NationalValues(nature == null ? IndicatorNature.EQUAL : nature,
                    number.group(1).replace(",", ""), unit, withoutUnit(a, unit));
        }
        if (nature != null) {
            return new NationalValues(nature, rest, "", a);
        }
        return new NationalValues(IndicatorNature.QUALITATIVE, t, "", a);
    }

    private static String unit(String s) {
        String u = s.strip();
        return u.equals("％") ? "%" : u;
    }

    private static String withoutUnit(String actual, String unit) {
        String a = actual.endsWith("％") ? actual.substring(0, actual.length() - 1) + "%" : actual;
        if (!unit.isEmpty() && a.endsWith(unit) && NUMBER.matcher(a.substring(0, a.length() - unit.length()).strip()).matches()) {
            return a.substring(0, a.length() - unit.length()).strip();
        }
        return a;
    }
}
