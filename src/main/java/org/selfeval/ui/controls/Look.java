package org.selfeval.ui.controls;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * How a node is marked for the program's stylesheet (app.css): a style class for what a node is, a
 * state (a CSS pseudo-class) for what changes while the clerk types. A state change re-matches only
 * that node's rules, where an inline style re-applies all its CSS.
 */
public final class Look {
    private Look() {
    }

    /** Marks {@code node} as {@code styleClass} (once). */
    public static <N extends Node> N as(N node, String... styleClasses) {
        for (String c : styleClasses) {
            if (!node.getStyleClass().contains(c)) {
                node.getStyleClass().add(c);
            }
        }
        return node;
    }

    /** Turns the state {@code state} of {@code node} on or off. */
    public static void state(Node node, String state, boolean on) {
        node.pseudoClassStateChanged(PseudoClass.getPseudoClass(state), on);
    }

    /** Whether {@code node} is in {@code state}. */
    public static boolean inState(Node node, String state) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(state));
    }
}
