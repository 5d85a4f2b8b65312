package org.selfeval.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A maximised main window stays maximised while a dialog it owns is open. Under X11 window managers
 * (openbox measured at 1024 × 700) showing an owned window takes the maximised state from its owner,
 * and the main window then sits shifted by its frame, partly off a small screen: the state it had is
 * given back while the dialog is up and when it closes.
 */
final class OwnerStaysMaximised {
    private OwnerStaysMaximised() {
    }

    static void onEveryWindow() {
        EveryWindow.apply(OwnerStaysMaximised::watch);
    }

    private static void watch(Window w) {
        if (!(w instanceof Stage dialog) || !(dialog.getOwner() instanceof Stage owner) || !owner.isMaximized()) {
            return;
        }
        // only a loss while the dialog is showing is undone: the clerk may still restore the window
        ChangeListener<Boolean> keep = (o, was, now) -> {
            if (was && !now && dialog.isShowing()) {
                Platform.runLater(() -> owner.setMaximized(true));
            }
        };
        owner.maximizedProperty().addListener(keep);
        dialog.showingProperty().addListener((o, was, now) -> {
            if (!now) {
                Platform.runLater(() -> {
                    owner.maximizedProperty().removeListener(keep);
                    // the window manager may have kept the frame where it put it: ask again, for real
                    owner.setMaximized(false);
                    owner.setMaximized(true);
                });
            }
        });
    }
}
