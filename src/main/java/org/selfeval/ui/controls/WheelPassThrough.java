package org.selfeval.ui.controls;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;

/**
 * The mouse wheel over a text area the clerk is not typing in scrolls the form, not the area: a
 * 600-字 paragraph in a 4-line area otherwise traps the wheel and the form cannot be scrolled past it.
 * Once the area has the focus, the wheel scrolls its text as usual.
 */
public final class WheelPassThrough {
    private WheelPassThrough() {
    }

    public static void install(Node area) {
        area.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (area.isFocused() || e.getDeltaY() == 0) {
                return;
            }
            ScrollPane form = enclosingScrollPane(area);
            if (form == null || form.getContent() == null) {
                return;
            }
            double content = form.getContent().getBoundsInLocal().getHeight();
            double viewport = form.getViewportBounds().getHeight();
            if (content > viewport) {
                double v = form.getVvalue() - e.getDeltaY() / (content - viewport) * (form.getVmax() - form.getVmin());
                form.setVvalue(Math.max(form.getVmin(), Math.min(form.getVmax(), v)));
            }
            e.consume();
        });
    }

    private static ScrollPane enclosingScrollPane(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                return s;
            }
        }
        return null;
    }
}
