package org.selfeval.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.selfeval.edit.FieldChange;
import org.selfeval.edit.ReportDiff;
import org.selfeval.model.Money;
import org.selfeval.model.Report;
import org.selfeval.store.SnapshotInfo;
import org.selfeval.store.SnapshotKind;
import org.selfeval.store.SnapshotStore;
import org.selfeval.ui.controls.Messages;

/**
 * 编辑 → 历史快照: the current report's snapshots, newest first. Choosing one shows what it holds and
 * every difference against the report as it is now; 恢复 first takes an automatic snapshot of the
 * current state, then replaces the report through the editor (so Ctrl+Z brings it back). Snapshot
 * reads and writes run on the window's background thread.
 */
final class SnapshotHistoryDialog {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final MainWindow window;
    private final SnapshotStore snapshots;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType restore = new ButtonType(Messages.get("history.restore"), ButtonBar.ButtonData.OK_DONE);
    private final ListView<SnapshotInfo> list = new ListView<>();
    private final Label preview = new Label();
    private final Label diffSummary = new Label();
    private final ListView<String> diff = new ListView<>();
    private Report chosen;
    private long wanted = -1;

    SnapshotHistoryDialog(MainWindow window, SnapshotStore snapshots) {
        this.window = window;
        this.snapshots = snapshots;
        dialog.initOwner(window.stage());
        dialog.setTitle(Messages.get("history.title"));
        dialog.setHeaderText(Messages.format("history.header", window.editor().current().title()));
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);
        dialog.getDialogPane().setId("history-dialog");
        Button restoreButton = (Button) dialog.getDialogPane().lookupButton(restore);
        restoreButton.setId("history-restore");
        restoreButton.setDisable(true);

        list.setId("history-list");
        list.setPlaceholder(placeholder(Messages.get("history.loading")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SnapshotInfo s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : line(s));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> choose(s));
        preview.setId("history-preview");
        preview.setWrapText(true);
        diffSummary.setId("history-diff-summary");
        diffSummary.setWrapText(true);
        diff.setId("history-diff");
        diff.setCellFactory(l -> new org.selfeval.ui.controls.WrappingListCell<>(line -> line));
        diff.setPlaceholder(placeholder(Messages.get("history.pick")));
        VBox right = new VBox(8, preview, diffSummary, diff);
        right.setPadding(new Insets(0, 0, 0, 8));
        VBox.setVgrow(diff, Priority.ALWAYS);
        SplitPane split = new SplitPane(list, right);
        split.setDividerPositions(0.36);
        split.setPrefSize(980, 520);
        dialog.getDialogPane().setContent(split);
        dialog.setResultConverter(b -> b);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == restore && chosen != null) {
                restore(chosen);
            }
        });
    }

    /** "2024-03-01 10:15:00  name  [手动]". */
    static String line(SnapshotInfo s) {
        String kind = Messages.get(s.kind() == SnapshotKind.AUTO ? "history.kind.auto" : "history.kind.named");
        return TIME.format(s.createdAt()) + "  " + s.name() + "  [" + kind + "]";
    }

    void show() {
        String reportId = window.editor().current().id();
        window.io().execute(() -> {
            try {
                List<SnapshotInfo> found = snapshots.list(reportId);
                Platform.runLater(() -> {
                    list.getItems().setAll(found);
                    list.setPlaceholder(placeholder(Messages.get("history.empty")));
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> list.setPlaceholder(placeholder(Messages.format("history.failed", AutoSaver.reason(e)))));
            }
        });
        dialog.show();
    }

    private void choose(SnapshotInfo s) {
        chosen = null;
        dialog.getDialogPane().lookupButton(restore).setDisable(true);
        diff.getItems().clear();
        if (s == null) {
            preview.setText("");
            diffSummary.setText("");
            diff.setPlaceholder(placeholder(Messages.get("history.pick")));
            return;
        }
        diff.setPlaceholder(placeholder(Messages.get("history.loadingOne")));
        wanted = s.id();
        preview.setText(Messages.get("history.loadingOne"));
        diffSummary.setText("");
        window.io().execute(() -> {
            try {
                Optional<Report> loaded = snapshots.load(s.id());
                Platform.runLater(() -> show(s, loaded));
            } catch (RuntimeException e) {
                Platform.runLater(() -> preview.setText(Messages.format("history.failed", AutoSaver.reason(e))));
            }
        });
    }

    private void show(SnapshotInfo s, Optional<Report> loaded) {
        if (s.id() != wanted) {
            return;
        }
        if (loaded.isEmpty()) {
            preview.setText(Messages.get("history.gone"));
            return;
        }
        Report r = loaded.get();
        preview.setText(Messages.format("history.preview", line(s), r.title(), Money.format(r.finances().incomeTotal()),
                Money.format(r.finances().expenditureTotal()), String.valueOf(r.projects().size()),
                r.conclusion().score() == null ? "—" : r.conclusion().score().toPlainString()));
        Report current = window.editor().current();
        List<FieldChange> changes = ReportDiff.between(current, r);
        boolean same = r.equals(current);
        diffSummary.setText(same ? Messages.get("history.same") : changes.isEmpty() ? Messages.get("history.minor")
                : Messages.format("history.differences", String.valueOf(changes.size())));
        diff.getItems().setAll(changes.stream().map(FieldChange::line).toList());
        diff.setPlaceholder(placeholder(Messages.get(same ? "history.same" : "history.minor")));
        chosen = r;
        dialog.getDialogPane().lookupButton(restore).setDisable(same);
    }

    /** Auto snapshot of the state being replaced, then the replacement, undoable. */
    private void restore(Report snapshot) {
        Report current = window.editor().current();
        window.statusBar().showMessage(Messages.get("history.restoring"));
        window.io().execute(() -> {
            try {
                window.autoSaver().flush();
                snapshots.create(current, Messages.get("history.beforeRestore"), SnapshotKind.AUTO);
            } catch (RuntimeException e) {
                Platform.runLater(() -> Dialogs.error(window.stage(), "history.title",
                        Messages.format("history.notRestored", AutoSaver.reason(e))));
                return;
            }
            Platform.runLater(() -> {
                if (!window.editor().current().id().equals(snapshot.id())) {
                    window.statusBar().showMessage(Messages.get("history.otherReport"));
                    return;
                }
                window.editor().replace(snapshot);
                window.statusBar().showMessage(Messages.get("history.restored"));
            });
        });
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** A placeholder that wraps within its list instead of being cut with "…". */
    private static Label placeholder(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setPadding(new javafx.geometry.Insets(8));
        l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        return l;
    }
}
