package org.selfeval.ui;

import java.util.Optional;
import org.selfeval.model.Report;
import org.selfeval.store.ReportStore;

/**
 * Last year's report of the same department (same full name, year − 1) from the workspace, for the
 * year-on-year chart. Reads the store, so call it off the FX thread; the answer is kept until
 * another report, department name or year is shown. A failed read gives none and is tried again.
 */
final class LastYearReport {
    private final ReportStore store;
    private String cachedFor;
    private Optional<Report> cached = Optional.empty();

    LastYearReport(ReportStore store) {
        this.store = store;
    }

    synchronized Optional<Report> of(Report report) {
        String key = report.id() + "|" + report.department().fullName() + "|" + report.year();
        if (!key.equals(cachedFor)) {
            try {
                cached = find(report);
                cachedFor = key;
            } catch (RuntimeException e) {
                cached = Optional.empty();
                cachedFor = null;
            }
        }
        return cached;
    }

    private Optional<Report> find(Report report) {
        String name = report.department().fullName();
        if (name.isBlank()) {
            return Optional.empty();
        }
        return store.list().stream()
                .filter(s -> s.year() == report.year() - 1 && s.departmentName().equals(name) && !s.id().equals(report.id()))
                .findFirst()
                .flatMap(s -> store.load(s.id()));
    }
}
