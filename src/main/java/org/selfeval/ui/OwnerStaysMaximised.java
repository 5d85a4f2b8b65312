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

    /** Set on the owner while it is to be maximised again once its dialogs are closed. */
    static final String PENDING = "selfeval.maximiseAfterDialogs";

    private static final int TRIES = 6;
    private static final javafx.util.Duration SETTLE = javafx.util.Duration.millis(250);

    private static void watch(Window w) {
        if (!(w instanceof Stage dialog) || !(dialog.getOwner() instanceof Stage owner)) {
            return;
        }
        // maximised now, or still to be maximised again after an earlier dialog (the window manager
        // may not have done so yet when the next dialog opens)
        if (!owner.isMaximized() && !Boolean.TRUE.equals(owner.getProperties().get(PENDING))) {
            return;
        }
        owner.getProperties().put(PENDING, Boolean.TRUE);
        dialog.showingProperty().addListener((o, was, now) -> {
            if (!now) {
                maximiseAgain(owner, dialog, TRIES);
            }
        });
    }

    /**
     * Once the window manager has taken the dialog away, the owner is maximised again, for real (the
     * frame may stay where the manager put it even if the state reads maximised); checked and asked
     * again a few times, as a manager busy unmapping a large dialog may ignore the first request.
     */
    private static void maximiseAgain(Stage owner, Stage closed, int tries) {
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(SETTLE);
        settle.setOnFinished(e -> {
            boolean another = Window.getWindows().stream().anyMatch(x -> x != closed && x.isShowing()
                    && x instanceof Stage s && s.getOwner() == owner);
            if (another || !owner.isShowing()) {
                return; // the dialog still open asks when it closes
            }
            if (owner.isMaximized() && atScreenOrigin(owner)) {
                owner.getProperties().remove(PENDING);
                return;
            }
            // a state that reads maximised is taken back first, and maximised at the next check
            owner.setMaximized(!owner.isMaximized());
            if (tries > 1) {
                maximiseAgain(owner, closed, tries - 1);
            } else {
                owner.getProperties().remove(PENDING);
            }
        });
        settle.play();
    }

    private static boolean atScreenOrigin(Stage w) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(w.getX(), w.getY(), 1, 1).stream()
                .findFirst().orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        return Math.abs(w.getX() - screen.getMinX()) <= 1 && Math.abs(w.getY() - screen.getMinY()) <= 1;
    }
}
