package org.selfeval.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/**
 * Reads our own report file as a preview: every target it fills, and each of its projects. (Importing
 * the whole file as a report of its own is the store's job; this is for taking parts of it.)
 */
public final class ReportFileReader implements IntakeReader {
    @Override
    public ImportPreview read(Path file) throws ReportFormatException {
        Report report = ReportJson.read(file);
        return of(report, String.valueOf(file.getFileName()), SourceKind.REPORT_FILE, "报告文件");
    }

    /** The preview of every target a report fills, each with the same source. */
    public static ImportPreview of(Report report, String fileName, SourceKind kind, String source) {
        List<Found<?>> found = new ArrayList<>();
        for (Target<?> t : Targets.all()) {
            add(found, t, report, source);
        }
        for (Project p : report.projects()) {
            found.add(new Found<>(Targets.project(p.name()), p, source));
        }
        return new ImportPreview(fileName, kind, found, List.of(), List.of());
    }

    private static <V> void add(List<Found<?>> found, Target<V> target, Report report, String source) {
        V value = target.valueIn(report);
        if (value != null) {
            found.add(new Found<>(target, value, source));
        }
    }
}
