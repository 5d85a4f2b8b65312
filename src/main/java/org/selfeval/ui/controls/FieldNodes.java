package org.selfeval.ui.controls;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Control;

/** The control inside one of the composite fields, for decorations and focus. */
public final class FieldNodes {
    private FieldNodes() {
    }

    public static Optional<Control> controlOf(Node node) {
        if (node instanceof ValidatedField<?> f) {
            return Optional.of(f.textField());
        }
        if (node instanceof LongTextArea a) {
            return Optional.of(a.textArea());
        }
        if (node instanceof GeneratedTextBox b) {
            return Optional.of(b.textArea());
        }
        if (node instanceof Control c) {
            return Optional.of(c);
        }
        return Optional.empty();
    }
}
