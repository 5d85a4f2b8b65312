package org.selfeval.ui.controls;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A chapter's scroll pane that repaints only what changed. JavaFX's scroll pane skin caches its
 * viewport as one bitmap (for cheap scrolling); then any change inside — a share recomputed while the
 * clerk types — rebuilds the bitmap of the whole visible form, which in software rendering (no GPU:
 * remote desktops, virtual machines) costs a frame or more per keystroke. The pulse logger measured
 * the repaint of a 733 × 691 region for every key typed into chapter 二.
 */
public final class RepaintWhatChanged {
    private RepaintWhatChanged() {
    }

    public static ScrollPane in(ScrollPane scroll) {
        scroll.skinProperty().addListener((o, old, skin) -> uncache(scroll));
        uncache(scroll);
        return scroll;
    }

    private static void uncache(ScrollPane scroll) {
        if (scroll.getSkin() != null) {
            Node viewport = scroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        }
    }

    /** Whether the viewport is cached as one bitmap (tests). */
    public static boolean cached(ScrollPane scroll) {
        Node viewport = scroll.lookup(".viewport");
        return viewport != null && viewport.isCache();
    }
}
