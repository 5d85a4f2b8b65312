package org.selfeval.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.selfeval.model.Department;
import org.selfeval.model.Report;
import org.selfeval.store.ReportSummary;
import org.selfeval.store.SqliteWorkspace;
import org.selfeval.ui.controls.Messages;

/**
 * 文件 → 重命名报告… (the department's names, an undoable edit) and 删除报告… (after a confirmation and a
 * backup of the workspace, so that 从备份恢复 brings it back; the window then opens another report).
 */
final class ReportManagement {
    private final MainWindow window;

    ReportManagement(MainWindow window) {
        this.window = window;
    }

    void rename() {
        Report current = window.editor().current();
        TextField full = new TextField(current.department().fullName());
        full.setId("rename-full");
        full.setPrefColumnCount(28);
        TextField shortName = new TextField(current.department().shortName());
        shortName.setId("rename-short");
        GridPane grid = FieldsDialog.grid();
        grid.addRow(0, new Label(Messages.get("new.department")), full);
        grid.addRow(1, new Label(Messages.get("new.shortName")), shortName);
        if (!FieldsDialog.confirmed(window.stage(), Messages.get("rename.title"), grid)) {
            return;
        }
        if (full.getText().isBlank()) {
            Dialogs.error(window.stage(), "rename.title", Messages.get("rename.blank"));
            return;
        }
        Department renamed = new Department(full.getText().strip(), shortName.getText().strip());
        window.editor().apply(null, r -> r.withDepartment(renamed));
        window.statusBar().showMessage(Messages.format("rename.done", renamed.fullName()));
        window.reloadList(null);
    }

    void delete() {
        Report current = window.editor().current();
        if (!Dialogs.confirm(window.stage(), "delete.title", Messages.format("delete.confirm", current.title()), "delete.yes", "delete.no")) {
            return;
        }
        window.io().execute(() -> {
            try {
                window.autoSaver().flush();
                if (window.store() instanceof SqliteWorkspace ws) {
                    ws.backUp();
                }
                List<ReportSummary> others = window.store().list().stream().filter(s -> !s.id().equals(current.id())).toList();
                String next;
                if (others.isEmpty()) {
                    Report empty = Report.empty(java.util.UUID.randomUUID().toString(), current.year(),
                            new Department(Messages.get("new.unnamed"), ""));
                    window.store().save(empty);
                    next = empty.id();
                } else {
                    next = others.get(0).id();
                }
                window.store().delete(current.id());
                Platform.runLater(() -> {
                    window.reloadList(next);
                    window.statusBar().showMessage(Messages.format("delete.done", current.title()));
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> Dialogs.error(window.stage(), "delete.title", Messages.format("delete.failed", AutoSaver.reason(e))));
            }
        });
    }
}
