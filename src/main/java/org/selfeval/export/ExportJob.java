package org.selfeval.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.selfeval.model.Report;

/**
 * Several exports of one report, one file after the other. A cancel request is honoured between files;
 * each file is written to a temporary name and moved into place by its exporter, so a cancelled or failed
 * run leaves only whole files. The window runs this off its FX thread; the command line runs it directly.
 */
public final class ExportJob {
    /** One file to write. */
    public record Step(ReportExporter exporter, Path target) {
    }

    /** Told before each file ({@code done} of {@code total} finished so far). */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, Path next);
    }

    /**
     * @param written   the files written, in order
     * @param notices   the exporters' notices (font substitutions …), each once
     * @param cancelled true when a cancel request stopped the run before every file was written
     */
    public record Result(List<Path> written, List<String> notices, boolean cancelled) {
        public Result {
            written = List.copyOf(written);
            notices = List.copyOf(notices);
        }
    }

    private final List<Step> steps;

    public ExportJob(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    public List<Step> steps() {
        return steps;
    }

    public Result run(Report report, BooleanSupplier cancelRequested, Progress progress) throws IOException {
        List<Path> written = new ArrayList<>();
        LinkedHashSet<String> notices = new LinkedHashSet<>();
        for (Step step : steps) {
            if (cancelRequested.getAsBoolean()) {
                return new Result(written, List.copyOf(notices), true);
            }
            progress.update(written.size(), steps.size(), step.target());
            step.exporter().export(report, step.target());
            written.add(step.target());
            notices.addAll(step.exporter().notices());
        }
        progress.update(written.size(), steps.size(), null);
        return new Result(written, List.copyOf(notices), false);
    }
}
