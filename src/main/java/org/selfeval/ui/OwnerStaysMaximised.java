package org.selfeval.ui;

import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A main window that was maximised when a dialog it owns opened is maximised again when the dialog
 * closes. Under X11 window managers (openbox measured at 1024 × 700) showing an owned window takes
 * the maximised state from its owner, which then sits shifted by its frame, partly off a small screen.
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
        dialog.showingProperty().addListener((o, was, now) -> {
            if (!now) {
                // the window manager may keep the frame where it put it even if the state reads maximised:
                // ask again, for real
                Platform.runLater(() -> {
                    owner.setMaximized(false);
                    owner.setMaximized(true);
                });
            }
        });
    }
}
