package org.selfeval.edit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.selfeval.model.Money;

/** Collects {@link FieldChange}s, formatting amounts with two decimals and shortening long texts. */
final class DiffCollector {
    static final String EMPTY = "（空）";
    static final String ABSENT = "（无）";
    static final String SPACING_ONLY = "（仅空格或换行不同）";
    static final int TEXT_LIMIT = 30;
    /** Characters kept before the first difference of two long texts. */
    static final int CONTEXT = 8;

    private final List<FieldChange> changes = new ArrayList<>();

    /** Amounts (万元) compared by value: 1.0 equals 1.00. */
    void money(String field, BigDecimal a, BigDecimal b) {
        boolean same = a == null ? b == null : b != null && a.compareTo(b) == 0;
        if (!same) {
            changes.add(new FieldChange(field, a == null ? EMPTY : Money.format(a), b == null ? EMPTY : Money.format(b)));
        }
    }

    /**
     * Prose: null (generated) and blank both read as empty; shown shortened, from a little before
     * the first character that differs so that a change deep in a long text stays visible.
     */
    void text(String field, String a, String b) {
        String x = a == null ? "" : a.strip();
        String y = b == null ? "" : b.strip();
        if (x.equals(y)) {
            return;
        }
        x = x.replaceAll("\\s+", " ");
        y = y.replaceAll("\\s+", " ");
        if (x.equals(y)) {
            changes.add(new FieldChange(field, shorten(x), SPACING_ONLY));
            return;
        }
        int common = 0;
        while (common < x.length() && common < y.length() && x.charAt(common) == y.charAt(common)) {
            common++;
        }
        int from = common > CONTEXT ? common - CONTEXT : 0;
        if (from > 0 && Character.isLowSurrogate(x.charAt(from))) {
            from--;
        }
        String lead = from > 0 ? "…" : "";
        changes.add(new FieldChange(field, x.isEmpty() ? EMPTY : lead + shorten(x.substring(from)),
                y.isEmpty() ? EMPTY : lead + shorten(y.substring(from))));
    }

    /** Any other value (counts, names, dates) by equality, shown as its text. */
    void value(String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changes.add(new FieldChange(field, a == null ? EMPTY : String.valueOf(a), b == null ? EMPTY : String.valueOf(b)));
        }
    }

    /** A row or project present on one side only. */
    void presence(String field, String a, String b) {
        changes.add(new FieldChange(field, a == null ? ABSENT : a, b == null ? ABSENT : b));
    }

    List<FieldChange> changes() {
        return List.copyOf(changes);
    }

    static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        if (one.isEmpty()) {
            return EMPTY;
        }
        return one.codePointCount(0, one.length()) <= TEXT_LIMIT ? one
                : one.substring(0, one.offsetByCodePoints(0, TEXT_LIMIT)) + "…";
    }
}
