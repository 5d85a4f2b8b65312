package org.selfeval.ui;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;

/** Runs something for every window of the program: those open now and each one opened later. */
final class EveryWindow {
    private EveryWindow() {
    }

    static void apply(Consumer<Window> action) {
        Window.getWindows().forEach(action);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(action);
            }
        });
    }
}
