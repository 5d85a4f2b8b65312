package org.selfeval.ui;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/**
 * The main window's first size: 1280 × 800 where the screen has room for it with its title bar, else the
 * screen's usable area, maximised, so that a 1024 × 768 laptop sees the whole window, the 审核 pane included.
 */
final class WindowSize {
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
    /** Room a title bar and frame take around the scene. */
    private static final double FRAME_WIDTH = 16;
    private static final double FRAME_HEIGHT = 40;

    private WindowSize() {
    }

    /** The scene size for a screen's usable area (without the task bar). */
    static Dimension2D sceneFor(Rectangle2D screen) {
        return new Dimension2D(Math.min(WIDTH, screen.getWidth() - FRAME_WIDTH),
                Math.min(HEIGHT, screen.getHeight() - FRAME_HEIGHT));
    }

    /** Whether the default size would not fit the screen, so the window should open maximised. */
    static boolean fillsScreen(Rectangle2D screen) {
        return screen.getWidth() < WIDTH + FRAME_WIDTH || screen.getHeight() < HEIGHT + FRAME_HEIGHT;
    }

    /** The scene size for the primary screen (the window's next scene, e.g. once the workspace is open). */
    static Dimension2D forPrimaryScreen() {
        return sceneFor(Screen.getPrimary().getVisualBounds());
    }
}
