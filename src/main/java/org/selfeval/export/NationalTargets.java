package org.selfeval.export;

import java.math.BigDecimal;
import java.util.List;
import org.selfeval.model.Indicator;

/**
 * How the national form writes 年度指标值 and 实际完成值 in one cell each: the sign, the value and the
 * unit ("≥95%", "150件"). A target that carries its own sign (report-format.md allows "≥95") keeps it
 * and gets no second one; a 定性 row is written as it is.
 */
public final class NationalTargets {
    private static final String SIGNS = "=＝≥≤><≧≦＞＜";

    private NationalTargets() {
    }

    public static String target(Indicator row) {
        if (!row.nature().isQuantitative()) {
            return row.target();
        }
        String t = row.target().strip();
        String signed = !t.isEmpty() && SIGNS.indexOf(t.charAt(0)) >= 0 ? t : row.nature().symbol() + t;
        return withUnit(signed, row.unit());
    }

    public static String actual(Indicator row) {
        if (!row.nature().isQuantitative()) {
            return row.actual();
        }
        return withUnit(row.actual().strip(), row.unit());
    }

    /** "产出指标(50分)": the 一级 name of row i and the weights of its n rows from i (Anhui's wording). */
    public static String level1WithPoints(List<Indicator> rows, int i, int n) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = i; k < i + n; k++) {
            if (rows.get(k).weight() != null) {
                sum = sum.add(rows.get(k).weight());
            }
        }
        return rows.get(i).level1() + "(" + sum.stripTrailingZeros().toPlainString() + "分)";
    }

    private static String withUnit(String value, String unit) {
        if (value.isEmpty() || unit.isBlank() || value.endsWith(unit)) {
            return value;
        }
        return value + unit;
    }
}
