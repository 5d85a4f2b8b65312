package org.selfeval.ui.controls;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;

/**
 * A text field for one number with an inline message under it. A keystroke that would make the
 * text invalid is refused: the previous text and value stay, and the message says why in Chinese.
 * Every accepted keystroke commits the parsed value to {@link #valueProperty()} (null when empty).
 */
public abstract class ValidatedField<T> extends VBox {
    private final TextField field = new TextField();
    private final Label message = new Label();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObjectProperty<T> value = new SimpleObjectProperty<>(this, "value");
    private String fieldName = "";
    private boolean updating;

    protected ValidatedField() {
        getStyleClass().add("validated-field");
        message.getStyleClass().add("field-message");
        Look.as(message, "field-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        field.setTextFormatter(new TextFormatter<T>(this::filter));
        field.textProperty().addListener((obs, old, text) -> onText(text));
        value.addListener((obs, old, v) -> onValue(v));
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                // the refusal was about a keystroke: once the clerk moves on it no longer applies
                showError("");
                showValue(value.get());
            }
        });
        getChildren().addAll(field, message);
    }

    /** Why the text is refused (a message key and its arguments), or empty when it is acceptable. */
    protected abstract Optional<String> problem(String text);

    /** The value of acceptable text; null for empty text. */
    protected abstract T parse(String text);

    /** The text shown for a value. */
    protected abstract String format(T value);

    /** Normalises typed or pasted text (full-width digits, thousands separators) before checking. */
    protected String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                sb.append('.');
            } else if (c == '－') {
                sb.append('-');
            } else if (c != ',' && c != '，' && !Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private TextFormatter.Change filter(TextFormatter.Change change) {
        if (updating || !change.isContentChange()) {
            return change;
        }
        String inserted = normalize(change.getText());
        if (!inserted.equals(change.getText())) {
            int caret = change.getRangeStart() + inserted.length();
            change.setText(inserted);
            change.selectRange(caret, caret);
        }
        Optional<String> why = problem(change.getControlNewText());
        if (why.isPresent()) {
            showError(why.get());
            return null;
        }
        showError("");
        return change;
    }

    private void showError(String key) {
        if (key.isEmpty()) {
            error.set("");
            message.setVisible(false);
            return;
        }
        String previous = field.getText().isEmpty() ? Messages.get("field.empty") : field.getText();
        String where = fieldName.isEmpty() ? "" : fieldName + "：";
        String text = where + Messages.format(key) + Messages.format("field.kept", previous);
        error.set(text);
        message.setText(text);
        message.setVisible(true);
    }

    private void onText(String text) {
        if (updating) {
            return;
        }
        T parsed = parse(text);
        updating = true;
        try {
            if (!Objects.equals(parsed, value.get())) {
                value.set(parsed);
            }
        } finally {
            updating = false;
        }
    }

    private void onValue(T v) {
        if (updating) {
            return;
        }
        // a value set from outside (undo, a restored snapshot, an import) replaces what was refused
        showError("");
        showValue(v);
    }

    private void showValue(T v) {
        String text = v == null ? "" : format(v);
        if (Objects.equals(parse(field.getText()), v) && field.isFocused()) {
            return;
        }
        if (!text.equals(field.getText())) {
            updating = true;
            try {
                field.setText(text);
            } finally {
                updating = false;
            }
        }
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public T getValue() {
        return value.get();
    }

    public void setValue(T v) {
        value.set(v);
    }

    /** The inline message now shown, empty when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public TextField textField() {
        return field;
    }

    public Label messageLabel() {
        return message;
    }

    /** Names the field in the inline message, e.g. 一般公共预算财政拨款收入. */
    public void setFieldName(String name) {
        this.fieldName = name == null ? "" : name;
        field.setAccessibleText(fieldName);
    }

    /** Sets the id of the inner text field (for focus and tests). */
    public void setFieldId(String id) {
        field.setId(id);
    }

    @Override
    public void requestFocus() {
        field.requestFocus();
    }
}
