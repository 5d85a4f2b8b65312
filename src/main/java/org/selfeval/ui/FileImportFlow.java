package org.selfeval.ui;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import org.selfeval.edit.NextYearReport;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.intake.FileImport;
import org.selfeval.intake.Found;
import org.selfeval.intake.ImportPreview;
import org.selfeval.intake.StandardImport;
import org.selfeval.model.Department;
import org.selfeval.model.Report;
import org.selfeval.store.SnapshotKind;
import org.selfeval.store.SqliteWorkspace;
import org.selfeval.ui.controls.Messages;

/**
 * 文件 → 导入… and a file dropped on the window: the file is read off the FX thread, the preview is
 * shown, and what the clerk ticks goes into the report as one undoable edit, after a snapshot of the
 * report as it was. A published report can instead start next year's report.
 */
final class FileImportFlow {
    private final MainWindow window;
    private final FileImport fileImport;

    FileImportFlow(MainWindow window) {
        this(window, StandardImport.create());
    }

    FileImportFlow(MainWindow window, FileImport fileImport) {
        this.window = window;
        this.fileImport = fileImport;
    }

    /** Asks for a file, then imports it. */
    void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("import.filter.all"),
                        "*.xlsx", "*.xls", "*.docx", "*.pdf", "*.txt", "*.json"),
                new FileChooser.ExtensionFilter(Messages.get("import.filter.any"), "*.*"));
        java.io.File file = chooser.showOpenDialog(window.stage());
        if (file != null) {
            importFile(file.toPath());
        }
    }

    /** Reads the file in the background, then shows its preview. */
    void importFile(Path file) {
        window.statusBar().showMessage(Messages.format("import.reading", file.getFileName()));
        CompletableFuture.supplyAsync(() -> read(file), FileImportFlow::daemon).thenAccept(result -> Platform.runLater(() -> {
            if (result.error() != null) {
                window.statusBar().showMessage("");
                Dialogs.error(window.stage(), "import.title", result.error());
            } else {
                window.statusBar().showMessage("");
                preview(result.preview());
            }
        }));
    }

    private record Read(ImportPreview preview, String error) {
    }

    private Read read(Path file) {
        try {
            return new Read(fileImport.read(file), null);
        } catch (ReportFormatException e) {
            return new Read(null, e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Read(null, Messages.format("import.failed", file.getFileName(), AutoSaver.reason(e)));
        }
    }

    private void preview(ImportPreview preview) {
        Report current = window.editor().current();
        ImportDialog.show(window.stage(), preview, current).ifPresent(answer -> {
            if (answer.choice() == ImportDialog.Choice.AS_NEXT_YEAR) {
                startNextYear(preview);
            } else {
                into(current, preview, answer.taken());
            }
        });
    }

    private void into(Report before, ImportPreview preview, List<Found<?>> taken) {
        if (taken.isEmpty()) {
            window.statusBar().showMessage(Messages.get("import.nothing"));
            return;
        }
        window.io().execute(() -> snapshot(before, preview.fileName()));
        Set<Found<?>> chosen = new HashSet<>(taken);
        window.editor().apply(null, r -> preview.apply(r, chosen::contains));
        window.statusBar().showMessage(Messages.format("import.done", String.valueOf(taken.size()), preview.fileName()));
    }

    private void startNextYear(ImportPreview preview) {
        Report last = preview.applyAll(Report.empty(UUID.randomUUID().toString(), window.editor().current().year() - 1, Department.EMPTY));
        Report next = NextYearReport.from(last, UUID.randomUUID().toString());
        window.io().execute(() -> {
            try {
                window.store().save(next);
                Platform.runLater(() -> {
                    window.statusBar().showMessage(Messages.format("new.created", next.title()));
                    window.reloadList(next.id());
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> Dialogs.error(window.stage(), "import.title", Messages.format("new.failed", AutoSaver.reason(e))));
            }
        });
    }

    private void snapshot(Report before, String fileName) {
        if (window.store() instanceof SqliteWorkspace ws) {
            try {
                ws.snapshots().create(before, Messages.format("import.snapshot", fileName), SnapshotKind.AUTO);
            } catch (RuntimeException e) {
                Platform.runLater(() -> window.statusBar().showMessage(Messages.format("snapshot.notTaken", AutoSaver.reason(e))));
            }
        }
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "import-read");
        t.setDaemon(true);
        t.start();
    }
}
