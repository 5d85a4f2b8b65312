package org.selfeval.ui;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * A small dialog of labelled fields with 确定 and 取消 (新建报告, 重命名报告): wide enough for a
 * department's full name, its fields off the frame, centred on the window that opened it (under a
 * window manager such a dialog otherwise lands in the screen's corner).
 */
final class FieldsDialog {
    private static final double MIN_WIDTH = 480;

    private FieldsDialog() {
    }

    /** A grid for label-field rows, spaced as the dialog shows them. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12, 16, 4, 16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    /** Shows the fields and waits: whether the clerk chose 确定. */
    static boolean confirmed(Window owner, String title, GridPane grid) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setMinWidth(MIN_WIDTH);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setOnShown(e -> Platform.runLater(() -> DialogSizing.centreOn(dialog.getDialogPane().getScene().getWindow(), owner)));
        return dialog.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }
}
