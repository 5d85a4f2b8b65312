package org.selfeval.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Gives a resizable dialog its size once it is shown, within the screen it opens on (under a real
 * window manager a resizable JavaFX dialog otherwise opens at 200 × 200 with its content cut), and
 * keeps a window that sizes itself to its content no taller than the screen.
 */
final class DialogSizing {
    private static final double MARGIN = 40;

    private DialogSizing() {
    }

    static void fit(Dialog<?> dialog, Window owner, double width, double height) {
        Runnable place = () -> {
            Window w = dialog.getDialogPane().getScene().getWindow();
            Rectangle2D screen = screenOf(owner);
            double wi = Math.min(width, screen.getWidth() - MARGIN);
            double he = Math.min(height, screen.getHeight() - MARGIN);
            w.setWidth(wi);
            w.setHeight(he);
            w.setX(screen.getMinX() + (screen.getWidth() - wi) / 2);
            w.setY(screen.getMinY() + (screen.getHeight() - he) / 2);
        };
        // before it is mapped (the window manager takes the size as the window's own), and again once shown
        place.run();
        dialog.setOnShown(e -> javafx.application.Platform.runLater(place));
        // and whenever it is found larger than the screen: on a busy machine the window can take its content's
        // one-line width (a long instruction) after it was placed, and open 1720 wide on a 1024 screen
        // (where the clerk moves it is theirs: only its size is watched)
        Window w = dialog.getDialogPane().getScene().getWindow();
        javafx.beans.InvalidationListener refit = o -> {
            if (w.isShowing() && largerThan(screenOf(owner), w.getWidth(), w.getHeight())) {
                javafx.application.Platform.runLater(place);
            }
        };
        w.widthProperty().addListener(refit);
        w.heightProperty().addListener(refit);
    }

    /** Whether a window of this size is larger than the screen, a few pixels of the window manager's frame allowed. */
    static boolean largerThan(Rectangle2D screen, double width, double height) {
        double frame = 12;
        return width > screen.getWidth() + frame || height > screen.getHeight() + frame;
    }

    /** A window no taller than the screen it is on (its content scrolls), centred across it. */
    static void keepOnScreen(Window w) {
        Rectangle2D screen = screenOf(w);
        double max = screen.getHeight() - MARGIN;
        if (w.getHeight() > max) {
            w.setHeight(max);
            w.setY(screen.getMinY() + MARGIN / 4);
        }
        w.setX(screen.getMinX() + Math.max(0, (screen.getWidth() - w.getWidth()) / 2));
    }

    /** Centres {@code w} on {@code owner} (or on the screen), kept within the screen. */
    static void centreOn(Window w, Window owner) {
        Rectangle2D screen = screenOf(owner);
        double x = owner != null && owner.isShowing() ? owner.getX() + (owner.getWidth() - w.getWidth()) / 2
                : screen.getMinX() + (screen.getWidth() - w.getWidth()) / 2;
        double y = owner != null && owner.isShowing() ? owner.getY() + (owner.getHeight() - w.getHeight()) / 3
                : screen.getMinY() + (screen.getHeight() - w.getHeight()) / 3;
        w.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - w.getWidth())));
        w.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - w.getHeight())));
    }

    private static Rectangle2D screenOf(Window owner) {
        if (owner != null && owner.isShowing()) {
            var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }
}
