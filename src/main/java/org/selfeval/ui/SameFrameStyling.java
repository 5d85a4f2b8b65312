package org.selfeval.ui;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Applies, at the end of a layout pass in which cells changed their pseudo-classes, the style sheets
 * to the scene, so the frame is drawn styled and no further frame is needed for it.
 *
 * <p>Why: when an audit result arrives, the findings tree is laid out anew and re-indexes its cells,
 * each cell flipping its pseudo-classes (empty, odd, …) on the way. JavaFX styles those only in the
 * next frame; when that frame then finds nothing that looks different, it has no region to redraw and
 * redraws the whole window (about 420 nodes, 20–100 ms in software rendering). That happened after
 * nearly every keystroke in an amount field: 25 of 30 keystrokes in {@code TypingFrames}, none with
 * this. Only styling from the scene's root clears the request for that frame, and it restyles every
 * node (about 6 ms); it runs only in a frame in which a cell asked for it, never in an idle one.
 */
final class SameFrameStyling {
    private final Runnable flush = this::flush;
    private Scene pending;

    /** Works in the scene {@code owner} is shown in, following it from scene to scene. */
    SameFrameStyling(Node owner) {
        owner.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(flush);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(flush);
            }
        });
        if (owner.getScene() != null) {
            owner.getScene().addPostLayoutPulseListener(flush);
        }
    }

    /** n (a cell just updated) may have changed its pseudo-classes: style its scene before this frame is drawn. */
    void restyle(Node n) {
        if (n.getScene() != null) {
            pending = n.getScene();
        }
    }

    private void flush() {
        Scene scene = pending;
        pending = null;
        if (scene != null && scene.getRoot() != null) {
            scene.getRoot().applyCss();
        }
    }
}
