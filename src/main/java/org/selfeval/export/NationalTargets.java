package org.selfeval.export;

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

    private static String withUnit(String value, String unit) {
        if (value.isEmpty() || unit.isBlank() || value.endsWith(unit)) {
            return value;
        }
        return value + unit;
    }
}
