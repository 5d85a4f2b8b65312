package org.selfeval.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import org.selfeval.store.BackupInfo;
import org.selfeval.store.SqliteWorkspace;
import org.selfeval.store.WorkspaceBackups;
import org.selfeval.ui.controls.Messages;

/**
 * 文件 → 从备份恢复…, and the offer of the newest good backup when a workspace cannot be opened: the
 * backups are read off the FX thread, the clerk chooses and confirms, the window lets the workspace
 * go (saving what is pending), the backup takes the file's place, and the workspace is opened again.
 */
final class BackupRestore {
    private BackupRestore() {
    }

    /** From the menu of an open window. */
    static void fromMenu(MainWindow window) {
        Path file = window.workspaceFile();
        window.io().submit(() -> {
            List<BackupInfo> backups = new WorkspaceBackups(file).list();
            Platform.runLater(() -> new BackupRestoreDialog(window, backups).choose()
                    .filter(b -> confirm(window, b))
                    .ifPresent(b -> {
                        if (window.close()) {
                            restoreThenOpen(window.stage(), file, b, window.reopen());
                        }
                    }));
        });
    }

    static boolean confirm(MainWindow window, BackupInfo b) {
        return Dialogs.confirm(window.stage(), "backups.confirm.title",
                Messages.format("backups.confirm", BackupRestoreDialog.TIME.format(b.takenAt()), BackupRestoreDialog.line(b)),
                "backups.confirm.yes", "backups.confirm.no");
    }

    /** Restores on a background thread, then runs {@code open} (which opens the workspace again). */
    static void restoreThenOpen(javafx.stage.Stage stage, Path file, BackupInfo backup, Runnable open) {
        Thread t = new Thread(() -> {
            try {
                SqliteWorkspace.restore(file, backup.file());
                Platform.runLater(open);
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    Dialogs.error(stage, "backups.failed.title", Messages.format("backups.failed", AutoSaver.reason(e)));
                    open.run();
                });
            }
        }, "workspace-restore");
        t.setDaemon(true);
        t.start();
    }
}
