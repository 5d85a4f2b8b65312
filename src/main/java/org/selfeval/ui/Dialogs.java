package org.selfeval.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.selfeval.ui.controls.Messages;

/** Plain Chinese dialogs: what happened, what it means for the clerk's work, what to do. No stack traces. */
final class Dialogs {
    private Dialogs() {
    }

    static void error(Window owner, String titleKey, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        prepare(alert, owner, titleKey, message);
        alert.showAndWait();
    }

    /** The error dialog without waiting for it to be closed (from a task's completion handler). */
    static Alert showError(Window owner, String titleKey, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        prepare(alert, owner, titleKey, message);
        alert.show();
        return alert;
    }

    /** The information dialog without waiting for it to be closed. */
    static Alert showInfo(Window owner, String titleKey, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        prepare(alert, owner, titleKey, message);
        alert.show();
        return alert;
    }

    static void info(Window owner, String titleKey, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        prepare(alert, owner, titleKey, message);
        alert.showAndWait();
    }

    /** True when the clerk chose the confirming button. */
    static boolean confirm(Window owner, String titleKey, String message, String yesKey, String noKey) {
        ButtonType yes = new ButtonType(Messages.get(yesKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Messages.get(noKey), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", yes, no);
        prepare(alert, owner, titleKey, message);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    private static void prepare(Alert alert, Window owner, String titleKey, String message) {
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(Messages.get(titleKey));
        alert.setHeaderText(Messages.get(titleKey));
        Label body = new Label(message);
        body.setWrapText(true);
        body.setMaxWidth(460);
        body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(body);
        // under a window manager an alert otherwise opens at a default size that cuts its message
        alert.getDialogPane().setMinWidth(520);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.setResizable(true);
        alert.setOnShown(e -> javafx.application.Platform.runLater(() -> {
            javafx.stage.Window w = alert.getDialogPane().getScene().getWindow();
            if (w instanceof javafx.stage.Stage st) {
                st.sizeToScene();
                if (owner != null && owner.isShowing()) {
                    st.setX(owner.getX() + (owner.getWidth() - st.getWidth()) / 2);
                    st.setY(owner.getY() + (owner.getHeight() - st.getHeight()) / 3);
                }
            }
        }));
    }
}
