package org.selfeval.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import org.selfeval.export.ExportJob;
import org.selfeval.export.ExportNames;
import org.selfeval.export.Exporters;
import org.selfeval.export.SubmissionPackage;
import org.selfeval.model.Report;
import org.selfeval.ui.controls.Messages;

/**
 * One export run off the FX thread: the chosen files, or the 报送包. {@link #requestStop()} stops
 * between files (each file is written whole or not at all); the task then succeeds with
 * {@link Outcome#cancelled()} true. {@code before} runs first on the task's thread (the automatic snapshot).
 */
final class ExportTask extends Task<ExportTask.Outcome> {
    /**
     * @param folder  where the files are (the package folder for a 报送包)
     * @param written the files written
     * @param pdf     the PDF written, or null
     * @param zip     the 报送包 zip, or null
     */
    record Outcome(Path folder, List<Path> written, Path pdf, Path zip, List<String> notices, boolean cancelled) {
    }

    /** What to write. */
    record Order(Report report, Path folder, Set<String> formats, boolean packageOnly, boolean appendix,
                 boolean unexplainedErrors) {
    }

    private final Order order;
    private final Runnable before;
    private final AtomicBoolean stop = new AtomicBoolean();

    ExportTask(Order order, Runnable before) {
        this.order = order;
        this.before = before;
    }

    void requestStop() {
        stop.set(true);
        updateMessage(Messages.get("exportDialog.stopping"));
    }

    private boolean stopRequested() {
        return stop.get() || isCancelled();
    }

    @Override
    protected Outcome call() throws Exception {
        before.run();
        Report report = order.report();
        ExportJob.Progress progress = (done, total, next) -> {
            updateProgress(done, total);
            if (next != null && !stop.get()) {
                updateMessage(Messages.format("exportDialog.writing", next.getFileName(), done + 1, total));
            }
        };
        if (order.packageOnly()) {
            SubmissionPackage.Result r = SubmissionPackage.standard(order.appendix(), order.unexplainedErrors())
                    .write(report, order.folder(), this::stopRequested, progress);
            return new Outcome(r.folder(), r.files(), pdfOf(r.files()), r.cancelled() ? null : r.zip(), r.notices(),
                    r.cancelled());
        }
        List<ExportJob.Step> steps = new ArrayList<>();
        for (String ext : Exporters.EXTENSIONS) {
            if (order.formats().contains(ext)) {
                steps.add(new ExportJob.Step(Exporters.of(ext, order.appendix(), order.unexplainedErrors()),
                        order.folder().resolve(ExportNames.forExtension(report, ext))));
            }
        }
        ExportJob.Result r = new ExportJob(steps).run(report, this::stopRequested, progress);
        return new Outcome(order.folder(), r.written(), pdfOf(r.written()), null, r.notices(), r.cancelled());
    }

    private static Path pdfOf(List<Path> files) {
        return files.stream().filter(p -> p.getFileName().toString().endsWith(".pdf")).findFirst().orElse(null);
    }
}
