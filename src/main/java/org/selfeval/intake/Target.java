package org.selfeval.intake;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.selfeval.model.Report;

/**
 * A place in the report that an import can fill (导入目标): one amount, count or paragraph, with how to
 * read it from a report, how to put a new value in, and how to show a value to the clerk.
 *
 * @param <V> the value's type (BigDecimal for money, Integer for counts, String for paragraphs)
 */
public final class Target<V> {
    private final TargetKey key;
    private final Class<V> type;
    private final String label;
    private final Function<Report, V> get;
    private final BiFunction<Report, V, Report> set;
    private final Function<V, String> show;

    Target(TargetKey key, Class<V> type, String label, Function<Report, V> get, BiFunction<Report, V, Report> set, Function<V, String> show) {
        this.key = Objects.requireNonNull(key);
        this.type = Objects.requireNonNull(type);
        this.label = Objects.requireNonNull(label);
        this.get = get;
        this.set = set;
        this.show = show;
    }

    public TargetKey key() {
        return key;
    }

    /** The type of its values: BigDecimal (万元), Integer (persons, a year), String (a paragraph) or Project. */
    public Class<V> type() {
        return type;
    }

    /** Where, in the clerk's words, e.g. "二、收入 · 一般公共预算财政拨款收入". */
    public String label() {
        return label;
    }

    /** The value the report holds now; null = none. */
    public V valueIn(Report report) {
        return get.apply(report);
    }

    public Report withValue(Report report, V value) {
        return set.apply(report, value);
    }

    /** A value as the clerk reads it; "（空）" for none. */
    public String show(V value) {
        return value == null ? "（空）" : show.apply(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Target<?> t && t.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key.value();
    }
}
