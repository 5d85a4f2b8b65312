package org.selfeval.ui;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.selfeval.model.Department;
import org.selfeval.model.Report;
import org.selfeval.store.BackupInfo;
import org.selfeval.store.ReportStore;
import org.selfeval.store.ReportSummary;
import org.selfeval.ui.controls.Messages;

/**
 * Opens the workspace and reads the report the window shows first, on a thread of its own: at start
 * while the toolkit comes up and the loading screen shows, and again after a restore.
 */
final class WorkspaceOpening {
    private WorkspaceOpening() {
    }

    /** How the opening ended. */
    sealed interface Outcome permits Opened, Refused {
    }

    /**
     * The workspace is open: its reports, the one to show (the one the clerk had open last, else the
     * one saved last, else a new empty one) and what the clerk should be told about the file.
     */
    record Opened(ReportStore store, List<ReportSummary> reports, Report report, List<String> notices) implements Outcome {
    }

    /** It could not be opened or read; {@code backup} is a good backup to offer when the file is damaged. */
    record Refused(RuntimeException reason, Optional<BackupInfo> backup) implements Outcome {
    }

    static CompletableFuture<Outcome> start(Path file, Function<Path, ReportStore> open) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        Thread t = new Thread(() -> outcome.complete(open(file, open)), "workspace-open");
        t.setDaemon(true);
        t.start();
        return outcome;
    }

    private static Outcome open(Path file, Function<Path, ReportStore> open) {
        ReportStore store;
        try {
            store = open.apply(file);
        } catch (RuntimeException e) {
            return new Refused(e, Workspaces.goodBackupFor(e, file));
        }
        try {
            List<ReportSummary> summaries = store.list();
            Report report = store.lastOpened().filter(id -> summaries.stream().anyMatch(s -> s.id().equals(id)))
                    .flatMap(store::load)
                    .or(() -> summaries.stream().max(Comparator.comparing(ReportSummary::updatedAt,
                            Comparator.nullsFirst(Comparator.naturalOrder()))).flatMap(s -> store.load(s.id())))
                    .orElseGet(() -> firstReport(store));
            List<ReportSummary> list = summaries.isEmpty() ? store.list() : summaries;
            return new Opened(store, list, report, Workspaces.notices(store));
        } catch (RuntimeException e) {
            store.close();
            return new Refused(e, Optional.empty());
        }
    }

    /** An empty workspace gets one empty report to start from. */
    private static Report firstReport(ReportStore store) {
        Report report = Report.empty(java.util.UUID.randomUUID().toString(), java.time.LocalDate.now().getYear() - 1,
                new Department(Messages.get("new.unnamed"), ""));
        store.save(report);
        return report;
    }
}
