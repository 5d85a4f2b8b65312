package org.selfeval.ui;

import org.selfeval.ui.controls.Look;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.selfeval.store.BackupInfo;
import org.selfeval.store.ReportSummary;
import org.selfeval.store.WorkspaceBackups;
import org.selfeval.ui.controls.Messages;

/**
 * 文件 → 从备份恢复…: the backups of the workspace (in the backups folder beside it), newest first,
 * with their date, why they were taken and the reports they hold; choosing one shows its reports in
 * full. 恢复 asks once more, then the window closes the workspace, the backup takes its place
 * ({@link org.selfeval.store.SqliteWorkspace#restore}: the replaced file is kept, no stale -wal is
 * replayed) and the workspace is opened again.
 */
final class BackupRestoreDialog {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Dialog<BackupInfo> dialog = new Dialog<>();
    private final ListView<BackupInfo> list = new ListView<>();
    private final Label preview = new Label();

    BackupRestoreDialog(MainWindow window, List<BackupInfo> backups) {
        dialog.initOwner(window.stage());
        dialog.setTitle(Messages.get("backups.title"));
        dialog.setHeaderText(backups.isEmpty() ? Messages.get("backups.none") : Messages.get("backups.header"));
        dialog.setResizable(true);
        ButtonType restore = new ButtonType(Messages.get("backups.restore"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);
        dialog.getDialogPane().setId("backups-dialog");
        Button restoreButton = (Button) dialog.getDialogPane().lookupButton(restore);
        restoreButton.setId("backups-restore");
        restoreButton.setDisable(true);
        list.setId("backups-list");
        list.setPrefSize(640, 260);
        list.setCellFactory(l -> new BackupCell());
        list.getItems().setAll(backups);
        preview.setId("backups-preview");
        preview.setWrapText(true);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, b) -> {
            restoreButton.setDisable(b == null || !b.readable());
            preview.setText(b == null ? "" : preview(b));
        });
        VBox content = new VBox(8, list, preview);
        content.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(button -> button == restore ? list.getSelectionModel().getSelectedItem() : null);
    }

    /** Shows the dialog; the backup chosen to restore, if any. */
    java.util.Optional<BackupInfo> choose() {
        return dialog.showAndWait();
    }

    static String kind(BackupInfo b) {
        return switch (b.kind()) {
            case WorkspaceBackups.AUTO -> Messages.get("backups.kind.auto");
            case WorkspaceBackups.BEFORE_RESTORE -> Messages.get("backups.kind.beforeRestore");
            default -> Messages.get("backups.kind.upgrade");
        };
    }

    static String line(BackupInfo b) {
        String reports = b.readable()
                ? b.reports().stream().map(ReportSummary::displayName).collect(Collectors.joining("、"))
                : Messages.get("backups.unreadable");
        return TIME.format(b.takenAt()) + "  " + kind(b) + "  " + (reports.isEmpty() ? Messages.get("backups.empty") : reports);
    }

    private static String preview(BackupInfo b) {
        if (!b.readable()) {
            return Messages.format("backups.previewUnreadable", b.file());
        }
        String reports = b.reports().stream()
                .map(r -> Messages.format("backups.previewReport", r.displayName(), TIME.format(r.updatedAt())))
                .collect(Collectors.joining("\n"));
        return Messages.format("backups.preview", TIME.format(b.takenAt()), b.reports().size(), b.file()) + "\n" + reports;
    }

    private static final class BackupCell extends ListCell<BackupInfo> {
        @Override
        protected void updateItem(BackupInfo b, boolean empty) {
            super.updateItem(b, empty);
            setText(empty || b == null ? null : line(b));
            Look.as(this, "backup-cell");
            Look.state(this, "unreadable", b != null && !b.readable());
        }
    }
}
