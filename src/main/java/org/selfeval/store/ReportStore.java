package org.selfeval.store;

import java.util.List;
import java.util.Optional;
import org.selfeval.model.Report;

/** The reports of one workspace. Implementations do I/O: call them off the FX thread. */
public interface ReportStore extends AutoCloseable {
    List<ReportSummary> list();

    Optional<Report> load(String reportId);

    /** Saves the whole report in one transaction. */
    void save(Report report);

    void delete(String reportId);

    /** The report the clerk had open last, when the store remembers it. */
    default Optional<String> lastOpened() {
        return Optional.empty();
    }

    /** Remembers the report the clerk opened (never an error: it is a convenience). */
    default void rememberOpened(String reportId) {
    }

    @Override
    void close();
}
