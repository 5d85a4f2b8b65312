package org.selfeval.ui;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;
import org.selfeval.audit.Finding;
import org.selfeval.audit.Severity;
import org.selfeval.ui.chapter.ChapterPane;
import org.selfeval.ui.chapter.FieldControls;
import org.selfeval.ui.controls.Messages;

/**
 * Marks the fields named by the audit's findings with ControlsFX decorations (icon + tooltip). Only
 * what changed is touched: a field whose mark is the same keeps it, a field no longer named (or no
 * longer shown) loses it, a new or changed one gets it.
 */
final class FieldDecorations {
    /** What each decorated field shows now. */
    private final Map<Control, Mark> decorated = new IdentityHashMap<>();
    /** The tooltip of each field's mark, so a changed text of the same severity is set in place. */
    private final Map<Control, Tooltip> tips = new IdentityHashMap<>();
    private final ValidationDecoration decoration = new GraphicValidationDecoration() {
        @Override
        protected Tooltip createTooltip(ValidationMessage message) {
            Tooltip tip = super.createTooltip(message);
            tips.put(message.getTarget(), tip);
            return tip;
        }
    };

    /** A field's mark: the first finding that names it. */
    private record Mark(Severity severity, String text) {
    }

    void apply(List<Finding> findings, ChapterRegistry registry) {
        Map<Control, Mark> wanted = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.location().field().isEmpty() || !registry.isBuilt(f.location().chapter())) {
                continue;
            }
            ChapterPane pane = registry.pane(f.location().chapter());
            if (!(pane instanceof FieldControls fields)) {
                continue;
            }
            Optional<Control> control = fields.control(f.location().field());
            if (control.isEmpty() || control.get().getScene() == null || wanted.containsKey(control.get())) {
                continue;
            }
            wanted.put(control.get(), new Mark(f.severity(), "[" + Messages.severity(f.severity()) + "] " + f.message()));
        }
        decorated.entrySet().removeIf(e -> {
            Mark now = wanted.get(e.getKey());
            if (now != null && now.severity() == e.getValue().severity() && tips.containsKey(e.getKey())) {
                tips.get(e.getKey()).setText(now.text()); // same icon: only the words change
                e.setValue(now);
                return false;
            }
            decoration.removeDecorations(e.getKey());
            tips.remove(e.getKey());
            settle(e.getKey());
            return true;
        });
        wanted.forEach((control, mark) -> {
            if (!decorated.containsKey(control)) {
                decoration.applyValidationDecoration(switch (mark.severity()) {
                    case ERROR -> ValidationMessage.error(control, mark.text());
                    case WARNING -> ValidationMessage.warning(control, mark.text());
                    case INFO -> ValidationMessage.info(control, mark.text());
                });
                decorated.put(control, mark);
                settle(control);
            }
        });
    }

    /**
     * Styles and lays out the field with its mark now, before the frame: the mark is a node added to
     * (or taken from) the field, and left to the frame it would be styled and laid out only after it,
     * in further frames, one of which changes nothing visible, which JavaFX draws as the whole window.
     */
    private static void settle(Control control) {
        control.applyCss();
        control.layout();
    }

    /** The fields marked now and what each says (tests). */
    Map<Control, String> marks() {
        Map<Control, String> m = new IdentityHashMap<>();
        decorated.forEach((c, mark) -> m.put(c, mark.text()));
        return m;
    }
}
