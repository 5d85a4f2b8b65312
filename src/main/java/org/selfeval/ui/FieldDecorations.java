package org.selfeval.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;
import org.selfeval.audit.Finding;
import org.selfeval.ui.chapter.ChapterPane;
import org.selfeval.ui.chapter.FieldControls;

/** Marks the fields named by the audit's findings with ControlsFX decorations (icon + tooltip). */
final class FieldDecorations {
    private final ValidationDecoration decoration = new GraphicValidationDecoration();
    private final List<Control> decorated = new ArrayList<>();

    void apply(List<Finding> findings, ChapterRegistry registry) {
        decorated.forEach(decoration::removeDecorations);
        decorated.clear();
        for (Finding f : findings) {
            if (f.location().path().isEmpty() || !registry.isBuilt(f.location().chapter())) {
                continue;
            }
            ChapterPane pane = registry.pane(f.location().chapter());
            if (!(pane instanceof FieldControls fields)) {
                continue;
            }
            Optional<Control> control = fields.control(f.location().path());
            if (control.isEmpty() || control.get().getScene() == null || decorated.contains(control.get())) {
                continue;
            }
            String text = "[" + f.severity().label() + "] " + f.message();
            decoration.applyValidationDecoration(switch (f.severity()) {
                case ERROR -> ValidationMessage.error(control.get(), text);
                case WARNING -> ValidationMessage.warning(control.get(), text);
                case INFO -> ValidationMessage.info(control.get(), text);
            });
            decorated.add(control.get());
        }
    }
}
