package org.selfeval.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.Property;
import javafx.scene.control.TextInputControl;
import org.selfeval.edit.ReportEditor;
import org.selfeval.model.Report;

/**
 * Ties controls to fields of the report: a change in a control becomes one
 * {@link ReportEditor#apply} with the field path as key; a new report from the editor updates only
 * the controls whose value differs, so the field being typed in keeps its caret and focus.
 *
 * <p>A binder made with {@link #child()} belongs to a part of a form that is rebuilt (a list item,
 * the selected project); {@link #clear()} forgets its bindings before the rebuild.
 */
public final class Binder {
    private final ReportEditor editor;
    private final Consumer<String> problems;
    private final List<Consumer<Report>> refreshers = new ArrayList<>();
    private final boolean[] updating;

    /**
     * @param editor   the shared editor
     * @param problems shows a refused edit's Chinese message (empty string clears it)
     */
    public Binder(ReportEditor editor, Consumer<String> problems) {
        this(editor, problems, new boolean[1]);
        editor.addListener(this::refresh);
    }

    private Binder(ReportEditor editor, Consumer<String> problems, boolean[] updating) {
        this.editor = editor;
        this.problems = problems;
        this.updating = updating;
    }

    public ReportEditor editor() {
        return editor;
    }

    public Report current() {
        return editor.current();
    }

    /** A binder whose bindings are refreshed with this one's and can be cleared on their own. */
    public Binder child() {
        Binder child = new Binder(editor, problems, updating);
        refreshers.add(child::refresh);
        return child;
    }

    public void clear() {
        refreshers.clear();
    }

    /** Runs on every new report (also once now), for what is shown but not edited. */
    public void onReport(Consumer<Report> show) {
        refreshers.add(show);
        show.accept(editor.current());
    }

    /**
     * Applies an edit unless the change came from a refresh; a model refusal (an
     * IllegalArgumentException with a Chinese message) is shown and nothing changes.
     */
    public boolean apply(String key, UnaryOperator<Report> edit) {
        if (updating[0]) {
            return false;
        }
        try {
            boolean changed = editor.apply(key, edit);
            problems.accept("");
            return changed;
        } catch (IllegalArgumentException e) {
            problems.accept(e.getMessage());
            return false;
        }
    }

    /** Binds free text; null in the report shows as empty. */
    public void text(TextInputControl control, String key, Function<Report, String> get,
                     BiFunction<Report, String, Report> set) {
        control.setText(nz(get.apply(editor.current())));
        control.textProperty().addListener((o, was, now) -> apply(key, r -> set.apply(r, now)));
        refreshers.add(r -> showText(control, nz(get.apply(r))));
    }

    /** Binds a value property (amount, count, choice) to a field. */
    public <T> void value(Property<T> property, String key, Function<Report, T> get,
                          BiFunction<Report, T, Report> set) {
        property.setValue(get.apply(editor.current()));
        property.addListener((o, was, now) -> apply(key, r -> set.apply(r, now)));
        refreshers.add(r -> {
            T v = get.apply(r);
            if (!Objects.equals(v, property.getValue())) {
                updating(() -> property.setValue(v));
            }
        });
    }

    /** Sets a control's text from the report, keeping the caret where it was when possible. */
    public void showText(TextInputControl control, String value) {
        if (value.equals(control.getText())) {
            return;
        }
        int caret = control.getCaretPosition();
        updating(() -> {
            control.setText(value);
            control.positionCaret(Math.min(caret, value.length()));
        });
    }

    /** Runs a change to controls that must not turn into an edit. */
    public void updating(Runnable change) {
        boolean was = updating[0];
        updating[0] = true;
        try {
            change.run();
        } finally {
            updating[0] = was;
        }
    }

    private void refresh(Report report) {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            // an edit made off the FX thread: show the newest report on it
            javafx.application.Platform.runLater(() -> refresh(editor.current()));
            return;
        }
        for (Consumer<Report> r : List.copyOf(refreshers)) {
            r.accept(report);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
