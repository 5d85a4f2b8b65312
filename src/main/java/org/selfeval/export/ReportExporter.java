package org.selfeval.export;

import java.io.IOException;
import java.nio.file.Path;
import org.selfeval.model.Report;

/**
 * Writes one kind of file from a report (PDF, DOCX, XLSX, JSON). Implementations write to a
 * temporary name beside the target and move it into place, so a crash never leaves half a file.
 */
public interface ReportExporter {
    /** File extension without the dot, e.g. pdf. */
    String extension();

    void export(Report report, Path target) throws IOException;

    /**
     * Loads, on the calling thread, what any export will need whatever the report (classes, fonts), so
     * that an export started soon after is quicker: the command line calls it on a second thread while
     * it reads the report. Writes nothing; a failure here is left for the export itself to meet and tell.
     * Nothing by default.
     */
    default void prepare() throws IOException {
    }

    /**
     * Chinese notices about the last export the window and the command line should show, e.g. which font
     * replaced an official face. Empty by default.
     */
    default java.util.List<String> notices() {
        return java.util.List.of();
    }
}
