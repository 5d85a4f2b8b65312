package org.selfeval.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.WindowEvent;
import org.selfeval.edit.NextYearReport;
import org.selfeval.model.Department;
import org.selfeval.model.Report;
import org.selfeval.store.SnapshotKind;
import org.selfeval.store.SqliteWorkspace;
import org.selfeval.ui.controls.CountField;
import org.selfeval.ui.controls.Messages;

/** What the 文件 / 编辑 / 帮助 menus do; workspace I/O runs on the window's background thread. */
final class ReportCommands {
    private final MainWindow window;
    private final HostServices hostServices;
    private final FileImportFlow fileImport;
    private final ReportManagement management;

    ReportCommands(MainWindow window, HostServices hostServices) {
        this.window = window;
        this.hostServices = hostServices;
        this.fileImport = new FileImportFlow(window);
        this.management = new ReportManagement(window);
    }

    /** 文件 → 重命名报告…. */
    void renameReport() {
        management.rename();
    }

    /** 文件 → 删除报告…. */
    void deleteReport() {
        management.delete();
    }

    /** 帮助 → 使用说明 (F1). */
    void help() {
        HelpWindow.show(window.stage());
    }

    /** 文件 → 导入…: choose a file, see what it holds, take what is ticked. */
    void importFile() {
        fileImport.choose();
    }

    /** 文件 → 汇总（本级＋下属单位）…. */
    void rollUp() {
        RollUpDialog.open(window);
    }

    /** 文件 → 批量审核…: audit every report of a folder. */
    void reviewFolder() {
        ReviewDialog.choose(window.stage());
    }

    /** A file dropped on the window is imported; a folder is reviewed. */
    void importFile(Path file) {
        if (java.nio.file.Files.isDirectory(file)) {
            ReviewDialog.open(window.stage(), file);
        } else {
            fileImport.importFile(file);
        }
    }

    void newReport() {
        Report current = window.editor().current();
        TextField full = new TextField(current.department().fullName());
        full.setPrefColumnCount(28);
        full.setId("new-department");
        TextField shortName = new TextField(current.department().shortName());
        CountField year = new CountField();
        year.setFieldId("new-year");
        year.setValue(LocalDate.now().getYear() - 1);
        GridPane grid = FieldsDialog.grid();
        grid.addRow(0, new Label(Messages.get("new.department")), full);
        grid.addRow(1, new Label(Messages.get("new.shortName")), shortName);
        grid.addRow(2, new Label(Messages.get("new.year")), year);
        if (!FieldsDialog.confirmed(window.stage(), Messages.get("new.title"), grid)) {
            return;
        }
        Integer y = year.getValue();
        if (full.getText().isBlank() || y == null || y < 1990 || y > 2200) {
            Dialogs.error(window.stage(), "new.title", Messages.get("new.invalid"));
            return;
        }
        create(Report.empty(UUID.randomUUID().toString(), y, new Department(full.getText().strip(), shortName.getText().strip())));
    }

    void nextYearReport() {
        Report next = NextYearReport.from(window.editor().current(), java.util.UUID.randomUUID().toString());
        create(next);
    }

    private void create(Report report) {
        window.io().execute(() -> {
            try {
                boolean exists = window.store().list().stream().anyMatch(s -> s.year() == report.year()
                        && s.departmentName().equals(report.department().fullName()));
                if (exists) {
                    Platform.runLater(() -> Dialogs.error(window.stage(), "new.title", Messages.format("new.exists",
                            report.department().fullName(), String.valueOf(report.year()))));
                    return;
                }
                window.store().save(report);
                Platform.runLater(() -> {
                    window.statusBar().showMessage(Messages.format("new.created", report.title()));
                    window.reloadList(report.id());
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> Dialogs.error(window.stage(), "new.title",
                        Messages.format("new.failed", AutoSaver.reason(e))));
            }
        });
    }

    /** The audit of the report the export dialog opens on, off the FX thread. */
    private final ExportAudit exportAudit = new ExportAudit();

    /** 文件 → 导出…: the export dialog once the report is audited; the automatic snapshot is taken on the workspace thread first. */
    void export() {
        Report report = window.editor().current();
        exportAudit.then(window.stage(), report, findings -> new ExportDialog(window.stage(), report, findings,
                ExportSettings.besideWorkspace(window.workspaceFile()), () -> awaitSnapshot(report), new SystemHandOff(hostServices),
                d -> window.editor().apply("reportDate", r -> r.withReportDate(d))).show());
    }

    private void awaitSnapshot(Report report) {
        try {
            window.io().submit(() -> autoSnapshot(report)).get();
        } catch (java.util.concurrent.ExecutionException e) {
            Platform.runLater(() -> window.statusBar().showMessage(Messages.format("snapshot.notTaken", AutoSaver.reason(e))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ctrl+S: everything pending goes to the workspace now, and a named snapshot is taken. */
    void snapshot() {
        Report report = window.editor().current();
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(Messages.format("snapshot.defaultName",
                java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        ask.initOwner(window.stage());
        ask.setTitle(Messages.get("menu.edit.snapshot"));
        ask.setHeaderText(Messages.get("snapshot.ask"));
        java.util.Optional<String> name = ask.showAndWait().map(String::strip).filter(n -> !n.isEmpty());
        window.io().execute(() -> {
            boolean saved = window.autoSaver().flush();
            String message;
            if (!saved) {
                message = Messages.get("snapshot.failed");
            } else if (name.isPresent() && window.store() instanceof SqliteWorkspace ws) {
                try {
                    ws.snapshots().create(report, name.get(), SnapshotKind.NAMED);
                    message = Messages.format("snapshot.taken", name.get());
                } catch (RuntimeException e) {
                    message = Messages.format("snapshot.notTaken", AutoSaver.reason(e));
                }
            } else {
                message = Messages.get("snapshot.saved");
            }
            String shown = message;
            Platform.runLater(() -> window.statusBar().showMessage(shown));
        });
    }

    /** 编辑 → 历史快照: list, preview, differences, restore. */
    void history() {
        if (window.store() instanceof SqliteWorkspace ws) {
            new SnapshotHistoryDialog(window, ws.snapshots()).show();
        }
    }

    /** The automatic snapshot taken on export; a failure is shown, the export goes on. */
    private void autoSnapshot(Report report) {
        if (window.store() instanceof SqliteWorkspace ws) {
            try {
                ws.snapshots().create(report, Messages.get("snapshot.onExport"), SnapshotKind.AUTO);
            } catch (RuntimeException e) {
                Platform.runLater(() -> window.statusBar().showMessage(Messages.format("snapshot.notTaken", AutoSaver.reason(e))));
            }
        }
    }

    void openWorkspaceFolder() {
        Path folder = window.workspaceFile().toAbsolutePath().getParent();
        window.statusBar().showMessage(Messages.format("folder.shown", folder));
        Thread t = new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(folder.toFile());
                } else if (hostServices != null) {
                    hostServices.showDocument(folder.toUri().toString());
                } else {
                    throw new IOException(Messages.get("folder.unsupported"));
                }
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> Dialogs.info(window.stage(), "folder.title",
                        Messages.format("folder.failed", folder, AutoSaver.reason(e))));
            }
        }, "open-folder");
        t.setDaemon(true);
        t.start();
    }

    /** 文件 → 从备份恢复…. */
    void restoreFromBackup() {
        BackupRestore.fromMenu(window);
    }

    void quit() {
        window.statusBar().showMessage(Messages.get("quit.saving"));
        window.stage().fireEvent(new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    void about() {
        Dialogs.info(window.stage(), "about.title", Messages.format("about.text", window.workspaceFile().toAbsolutePath()));
    }
}
