package org.selfeval.ui;

import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Every window gets the size it asked for. A window manager may map a JavaFX window at its own small
 * size (openbox on a large screen: 200 × 200, a bare JavaFX window too) and tell so only a moment
 * later; then the size asked for is asked again, once, as the window's own, and a window that would
 * then run off the screen is centred on it. A dialog placed partly off the screen is centred on its owner.
 */
final class MappedSize {
    private static final Duration SETTLE = Duration.millis(450);

    private MappedSize() {
    }

    static void onEveryWindow() {
        EveryWindow.apply(MappedSize::watch);
    }

    private static void watch(Window w) {
        if (!(w instanceof Stage stage)) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<WindowEvent>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this); // its first showing only
                if (stage.getScene() == null) {
                    return;
                }
                double width = stage.getScene().getWidth();
                double height = stage.getScene().getHeight();
                PauseTransition settle = new PauseTransition(SETTLE);
                settle.setOnFinished(done -> {
                    askAgainIfShrunk(stage, width, height);
                    bringOnScreen(stage);
                });
                settle.play();
                // a window manager may still move a large dialog after that (seen at 2560 × 1600): look once more
                PauseTransition later = new PauseTransition(SETTLE.multiply(3));
                later.setOnFinished(done -> bringOnScreen(stage));
                later.play();
            }
        });
    }

    /**
     * A dialog the window manager put partly off the screen (openbox may place a dialog opened while
     * its owner is being maximised again in the corner, its title bar above the screen) is centred on
     * its owner.
     */
    static void bringOnScreen(Stage stage) {
        if (stage.getOwner() == null || stage.isMaximized() || !stage.isShowing()) {
            return;
        }
        Rectangle2D screen = Screen.getScreensForRectangle(stage.getX(), stage.getY(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        if (stage.getX() < screen.getMinX() || stage.getY() < screen.getMinY()
                || stage.getX() + stage.getWidth() > screen.getMaxX() || stage.getY() + stage.getHeight() > screen.getMaxY()) {
            DialogSizing.centreOn(stage, stage.getOwner());
        }
    }

    static void askAgainIfShrunk(Stage stage, double width, double height) {
        if (stage.isMaximized() || !stage.isShowing() || stage.getScene() == null
                || stage.getScene().getWidth() >= width - 1 && stage.getScene().getHeight() >= height - 1) {
            return;
        }
        double frameWidth = Math.max(0, stage.getWidth() - stage.getScene().getWidth());
        double frameHeight = Math.max(0, stage.getHeight() - stage.getScene().getHeight());
        stage.setWidth(width + frameWidth);
        stage.setHeight(height + frameHeight);
        Rectangle2D screen = Screen.getScreensForRectangle(stage.getX(), stage.getY(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        if (stage.getX() + stage.getWidth() > screen.getMaxX() || stage.getY() + stage.getHeight() > screen.getMaxY()) {
            stage.centerOnScreen();
        }
    }
}
