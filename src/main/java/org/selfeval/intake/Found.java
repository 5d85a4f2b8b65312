package org.selfeval.intake;

import java.util.Objects;
import org.selfeval.model.Report;

/**
 * One figure or paragraph an import found (识别结果): where it goes, its value, and where in the file it
 * was read (a sheet and cell, or the sentence).
 *
 * @param target where it goes
 * @param value  the value found; never null
 * @param source where it was read, in the clerk's words, e.g. "Z01 收入支出决算总表 C7" or the sentence
 */
public record Found<V>(Target<V> target, V value, String source) {
    public Found {
        Objects.requireNonNull(target);
        Objects.requireNonNull(value);
        source = source == null ? "" : source;
    }

    /** The report's value now, as shown. */
    public String before(Report report) {
        return target.show(target.valueIn(report));
    }

    public String after() {
        return target.show(value);
    }

    /** Whether taking it would change the report. */
    public boolean changes(Report report) {
        Object now = target.valueIn(report);
        if (now instanceof java.math.BigDecimal a && value instanceof java.math.BigDecimal b) {
            return a.compareTo(b) != 0;
        }
        return !Objects.equals(now, value);
    }

    /**
     * Whether taking it is worth the clerk's tick: it changes the report, and is not merely a 0 where the
     * report has nothing (a table's empty row filled in as 0.00).
     */
    public boolean worthTaking(Report report) {
        if (!changes(report)) {
            return false;
        }
        return !(target.valueIn(report) == null && value instanceof java.math.BigDecimal b && b.signum() == 0);
    }

    public Report applyTo(Report report) {
        return target.withValue(report, value);
    }
}
