package org.selfeval.bench;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * A debugging aid for {@link TypingFrames} ({@code -Dtyping.dirty=true}): prints, for every frame while
 * typing, the nodes waiting to be styled before the frame and the nodes the scene will copy to the
 * renderer after its layout, with their dirty bits. Read beside the pulse logger's output: a frame whose
 * copy changes nothing visible (only the root, with no bits left, as after a style request from a
 * layout; or a node not shown) has no region to redraw, and JavaFX then redraws the whole window.
 * That is how the empty frames after an audit result were found (decisions 0027, 0033). Reads JavaFX's private fields: works with JavaFX on the
 * class path only, never in the app.
 */
final class DirtyNodes {
    private DirtyNodes() {
    }

    static void trace(Scene scene, BooleanSupplier active) {
        Field bits = field(Node.class, "dirtyBits");
        Field cssFlag = field(Node.class, "cssFlag");
        Field layoutFlag = field(Parent.class, "layoutFlag");
        Field dirtyList = field(Scene.class, "dirtyNodes");
        Field dirtyCount = field(Scene.class, "dirtyNodesSize");
        scene.addPreLayoutPulseListener(() -> {
            if (active.getAsBoolean()) {
                List<String> waiting = new ArrayList<>();
                toStyle(scene.getRoot(), cssFlag, waiting);
                if (!waiting.isEmpty()) {
                    System.err.println("to be styled before the frame: " + waiting);
                }
                List<String> origins = new ArrayList<>();
                int[] count = new int[1];
                toLayOut(scene.getRoot(), layoutFlag, origins, count);
                if (count[0] > 0) {
                    System.err.println("to be laid out: " + count[0] + " parents, asked by " + origins);
                }
            }
        });
        scene.addPostLayoutPulseListener(() -> {
            if (active.getAsBoolean()) {
                System.err.println(copied(scene, bits, dirtyList, dirtyCount));
            }
        });
    }

    private static String copied(Scene scene, Field bits, Field dirtyList, Field dirtyCount) {
        try {
            Node[] nodes = (Node[]) dirtyList.get(scene);
            int n = dirtyCount.getInt(scene);
            StringBuilder out = new StringBuilder("copied to the renderer in this frame: " + n);
            for (int i = 0; i < n && nodes != null; i++) {
                Node x = nodes[i];
                out.append("\n    ").append(name(x)).append(' ').append(bits.get(x))
                        .append(com.sun.javafx.scene.NodeHelper.isTreeVisible(x) ? "" : " (not shown)")
                        .append(" in ").append(x.getParent() == null ? "the scene" : name(x.getParent()));
            }
            return out.toString();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void toStyle(Node n, Field cssFlag, List<String> out) {
        try {
            String flag = String.valueOf(cssFlag.get(n));
            if (!flag.equals("CLEAN") && !flag.equals("DIRTY_BRANCH")) {
                out.add(name(n) + n.getPseudoClassStates() + ":" + flag);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                toStyle(c, cssFlag, out);
            }
        }
    }

    /**
     * Counts the parents whose layout is to run again in this frame and names where the requests began:
     * those with no such parent below them (the rest are their ancestors, asked in turn).
     */
    private static boolean toLayOut(Node n, Field layoutFlag, List<String> origins, int[] count) {
        if (!(n instanceof Parent p)) {
            return false;
        }
        boolean below = false;
        for (Node c : p.getChildrenUnmodifiable()) {
            below |= toLayOut(c, layoutFlag, origins, count);
        }
        try {
            boolean needs = String.valueOf(layoutFlag.get(p)).equals("NEEDS_LAYOUT");
            if (needs) {
                count[0]++;
                if (!below) {
                    origins.add(name(p) + " in " + (p.getParent() == null ? "the scene" : name(p.getParent())));
                }
            }
            return needs || below;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(Node n) {
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + n.getStyleClass();
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JavaFX's " + type.getSimpleName() + "." + name + " not readable: run with JavaFX on the class path", e);
        }
    }
}
