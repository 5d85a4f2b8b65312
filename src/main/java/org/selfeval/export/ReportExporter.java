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
     * Chinese notices about the last export the window and the command line should show, e.g. which font
     * replaced an official face. Empty by default.
     */
    default java.util.List<String> notices() {
        return java.util.List.of();
    }
}
