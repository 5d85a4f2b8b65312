package org.selfeval.ui.forms;

import java.math.BigDecimal;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TextInputControl;
import org.selfeval.model.FieldPath;
import org.selfeval.model.Report;
import org.selfeval.ui.controls.AmountField;
import org.selfeval.ui.controls.LongTextArea;

/** Makes the usual controls already bound to a field of the report, with ids from the field path. */
public final class Fields {
    private Fields() {
    }

    public static LongTextArea longText(Binder binder, String path, int limit, Function<Report, String> get,
                                        BiFunction<Report, String, Report> set) {
        LongTextArea area = new LongTextArea(limit);
        area.setFieldId(Ids.of(path));
        tabMovesFocus(area.textArea());
        binder.text(area.textArea(), path, get, set);
        return area;
    }

    public static TextField text(Binder binder, String path, Function<Report, String> get,
                                 BiFunction<Report, String, Report> set) {
        TextField field = new TextField();
        field.setId(Ids.of(path));
        binder.text(field, path, get, set);
        return field;
    }

    public static AmountField amount(Binder binder, String path, String name, Function<Report, BigDecimal> get,
                                     BiFunction<Report, BigDecimal, Report> set) {
        AmountField field = new AmountField();
        field.setFieldId(Ids.of(path));
        field.setFieldName(name);
        field.textField().setPrefColumnCount(8);
        binder.value(field.valueProperty(), path, get, set);
        return field;
    }

    /**
     * Tab (Shift+Tab) in a text area moves to the next (previous) field as in every other field,
     * instead of typing a tab character into the prose; Ctrl+Tab still does what it did.
     */
    public static void tabMovesFocus(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isShortcutDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
    }

    /**
     * The control editing a field path inside a form: the one with the path's id, else the first
     * whose id starts with it (a part of the field), else the control of the enclosing path. Above a
     * list item only a control of the whole list counts (the indicator table for
     * {@code …indicators[3].weight}): a finding about {@code projects[2]} never lands on a field of
     * another project when project 2's form is not the one shown.
     */
    public static Optional<Control> control(Node root, FieldPath path) {
        boolean aboveItem = false;
        for (FieldPath p = path; !p.isEmpty(); p = p.parent()) {
            String id = Ids.of(p);
            Node exact = root.lookup("#" + id);
            if (exact instanceof Control c) {
                return Optional.of(c);
            }
            if (exact != null && exact.lookup(".table-view") instanceof Control c && aboveItem) {
                return Optional.of(c);
            }
            if (!aboveItem) {
                Optional<Control> part = partOf(root, exact, id);
                if (part.isPresent()) {
                    return part;
                }
            }
            aboveItem = p.isItem();
        }
        return Optional.empty();
    }

    private static Optional<Control> partOf(Node root, Node exact, String id) {
        for (Node n : root.lookupAll(".text-input")) {
            if (n instanceof Control c && n.getId() != null && n.getId().startsWith(id + "-")) {
                return Optional.of(c);
            }
        }
        if (exact != null) {
            for (Node n : exact.lookupAll(".text-input")) {
                if (n instanceof Control c) {
                    return Optional.of(c);
                }
            }
            if (exact.lookup(".table-view") instanceof Control c) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Scrolls the page so that a node inside it is in view, near the top. */
    public static void reveal(ScrollPane page, Node target) {
        page.layout();
        double contentHeight = page.getContent().getBoundsInLocal().getHeight();
        double viewport = page.getViewportBounds().getHeight();
        double y = page.getContent().sceneToLocal(target.localToScene(0, 0)).getY();
        if (contentHeight > viewport) {
            page.setVvalue(Math.max(0, Math.min(1, (y - 40) / (contentHeight - viewport))));
        }
        page.layout();
    }

    /** Scrolls to the control of a field path and gives it the keyboard focus; false if none. */
    public static boolean focus(ScrollPane page, FieldPath path) {
        if (page.getContent() == null) {
            return false;
        }
        Optional<Control> control = control(page.getContent(), path);
        if (control.isEmpty()) {
            return false;
        }
        Node target = control.get();
        reveal(page, target);
        target.requestFocus();
        if (target instanceof TextInputControl t) {
            t.positionCaret(0);
        }
        return true;
    }
}
