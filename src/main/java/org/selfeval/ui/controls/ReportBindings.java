package org.selfeval.ui.controls;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.Property;
import org.selfeval.edit.ReportEditor;
import org.selfeval.model.Report;

/**
 * Binds controls to fields of the report through the {@link ReportEditor}, both ways: a change in a
 * control becomes {@code editor.apply(lens.path(), …)} (so typing in one field is one undo step),
 * and every new report (an edit elsewhere, undo, redo, another report opened) is pushed back into
 * the controls. One instance per form; {@link #dispose()} detaches it from the editor.
 */
public final class ReportBindings {
    private final ReportEditor editor;
    private final List<Consumer<Report>> refreshers = new CopyOnWriteArrayList<>();
    private final Consumer<Report> listener = this::onReport;
    private boolean pushing;

    public ReportBindings(ReportEditor editor) {
        this.editor = Objects.requireNonNull(editor);
        editor.addListener(listener);
    }

    public ReportEditor editor() {
        return editor;
    }

    /** Two-way binding of any property to a lens. */
    public <T> void bind(Property<T> property, Lens<T> lens) {
        Consumer<Report> refresh = report -> {
            T value = lens.get(report);
            if (!Objects.equals(property.getValue(), value)) {
                property.setValue(value);
            }
        };
        refreshers.add(refresh);
        refresh.accept(editor.current());
        property.addListener((obs, old, value) -> {
            if (!pushing && !Objects.equals(lens.get(editor.current()), value)) {
                apply(lens, value);
            }
        });
    }

    public void bindAmount(AmountField field, Lens<BigDecimal> lens) {
        bind(field.valueProperty(), lens);
    }

    public void bindCount(CountField field, Lens<Integer> lens) {
        bind(field.valueProperty(), lens);
    }

    /** A long text; null in the report shows as empty, and empty is written back as empty. */
    public void bindText(LongTextArea area, Lens<String> lens) {
        Lens<String> nonNull = Lens.of(lens.path(), r -> Objects.requireNonNullElse(lens.get(r), ""), lens::set);
        bind(area.textProperty(), nonNull);
    }

    /**
     * A generated-text box: its own text is the lens value (null = generated); the generated text
     * is recomputed from every new report with {@code generator}.
     */
    public void bindGenerated(GeneratedTextBox box, Lens<String> lens, Function<Report, String> generator) {
        Consumer<Report> regenerate = report -> box.generatedTextProperty().set(generator.apply(report));
        refreshers.add(regenerate);
        regenerate.accept(editor.current());
        bind(box.ownTextProperty(), lens);
    }

    /** Runs {@code onReport} now and after every change (for totals, shares, derived labels). */
    public void onChange(Consumer<Report> onReport) {
        refreshers.add(onReport);
        onReport.accept(editor.current());
    }

    private <T> void apply(Lens<T> lens, T value) {
        try {
            editor.apply(lens.path(), r -> lens.set(r, value));
        } catch (IllegalArgumentException refused) {
            // The model refused the value (e.g. a negative amount); show the report as it is.
            onReport(editor.current());
        }
    }

    private void onReport(Report report) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> onReport(editor.current()));
            return;
        }
        pushing = true;
        try {
            for (Consumer<Report> r : refreshers) {
                r.accept(report);
            }
        } finally {
            pushing = false;
        }
    }

    public void dispose() {
        editor.removeListener(listener);
        refreshers.clear();
    }
}
