package org.selfeval.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.selfeval.model.Report;

/**
 * 报送包: the PDF, the XLSX workbook and the report JSON written together into a folder named for the
 * department and year ({@link ExportNames#packageFolder}), and a zip of that folder beside it, ready to
 * attach to an email. Used by the window and by {@code selfeval package}.
 */
public final class SubmissionPackage {
    /**
     * @param folder the folder holding the three files
     * @param zip    the zip beside it (entries under the folder's name)
     * @param files  the three files, in order PDF, XLSX, JSON
     * @param notices the exporters' notices
     */
    public record Result(Path folder, Path zip, List<Path> files, List<String> notices, boolean cancelled) {
        public Result {
            files = List.copyOf(files);
            notices = List.copyOf(notices);
        }
    }

    private final ReportExporter pdf;
    private final ReportExporter xlsx;
    private final ReportExporter json;

    public SubmissionPackage(ReportExporter pdf, ReportExporter xlsx, ReportExporter json) {
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.json = json;
    }

    /** The app's exporters; the PDF carries the 审核说明 appendix when {@code appendix} is true. */
    public static SubmissionPackage standard(boolean appendix, boolean unexplainedErrors) {
        return new SubmissionPackage(Exporters.of("pdf", appendix, unexplainedErrors), Exporters.of("xlsx", false, false),
                Exporters.of("json", false, false));
    }

    public Result write(Report report, Path parent) throws IOException {
        return write(report, parent, () -> false, (done, total, next) -> { });
    }

    /** Writes the folder under {@code parent}, then the zip; a cancel between files leaves no zip. */
    public Result write(Report report, Path parent, BooleanSupplier cancelRequested, ExportJob.Progress progress)
            throws IOException {
        String name = ExportNames.packageFolder(report);
        Path folder = parent.resolve(name);
        Path zip = parent.resolve(name + ".zip");
        boolean newParent = !Files.isDirectory(parent);
        boolean newFolder = !Files.isDirectory(folder);
        Files.createDirectories(folder);
        List<ExportJob.Step> steps = new ArrayList<>();
        for (ReportExporter e : List.of(pdf, xlsx, json)) {
            steps.add(new ExportJob.Step(e, folder.resolve(ExportNames.forExtension(report, e.extension()))));
        }
        try {
            ExportJob.Result run = new ExportJob(steps).run(report, cancelRequested, (done, total, next) ->
                    progress.update(done, total + 1, next == null ? zip : next));
            if (run.cancelled() || cancelRequested.getAsBoolean()) {
                return new Result(folder, zip, run.written(), run.notices(), true);
            }
            zip(folder, run.written(), zip);
            progress.update(steps.size() + 1, steps.size() + 1, null);
            return new Result(folder, zip, run.written(), run.notices(), false);
        } catch (IOException | RuntimeException e) {
            if (newFolder) {
                removeIncomplete(folder, steps, newParent ? parent : null);
            }
            throw e;
        }
    }

    /** A package that failed in a folder it made leaves no folder: its files are removed, then the folder. */
    private static void removeIncomplete(Path folder, List<ExportJob.Step> steps, Path newParent) {
        try {
            for (ExportJob.Step step : steps) {
                Files.deleteIfExists(step.target());
            }
            Files.deleteIfExists(folder);
            if (newParent != null) {
                Files.deleteIfExists(newParent);
            }
        } catch (IOException e) {
            // a folder that still holds something else is left as it is
        }
    }

    private static void zip(Path folder, List<Path> files, Path zip) throws IOException {
        AtomicOutput.write(zip, out -> {
            try (ZipOutputStream z = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8)) {
                for (Path f : files) {
                    ZipEntry entry = new ZipEntry(folder.getFileName() + "/" + f.getFileName());
                    entry.setLastModifiedTime(Files.getLastModifiedTime(f));
                    z.putNextEntry(entry);
                    Files.copy(f, z);
                    z.closeEntry();
                }
            }
        });
    }
}
