package org.selfeval.ui.controls;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.selfeval.model.Report;

/**
 * One field of the report seen from a control: how to read it and how to make the next report with
 * it changed. The path is the field path of {@code org.selfeval.audit.Location} and the edit key
 * of {@code ReportEditor}, so typing in one field coalesces into one undo step.
 *
 * @param path   e.g. {@code finances.income.GENERAL_PUBLIC_BUDGET}
 * @param getter reads the value from a report
 * @param setter the report with the value replaced
 */
public record Lens<T>(String path, Function<Report, T> getter, BiFunction<Report, T, Report> setter) {
    public Lens {
        Objects.requireNonNull(path);
        Objects.requireNonNull(getter);
        Objects.requireNonNull(setter);
    }

    public static <T> Lens<T> of(String path, Function<Report, T> getter, BiFunction<Report, T, Report> setter) {
        return new Lens<>(path, getter, setter);
    }

    public T get(Report report) {
        return getter.apply(report);
    }

    public Report set(Report report, T value) {
        return setter.apply(report, value);
    }
}
