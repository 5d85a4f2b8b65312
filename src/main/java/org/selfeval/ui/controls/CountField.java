package org.selfeval.ui.controls;

import java.util.Optional;

/** A count (人, 个): a non-negative whole number; anything else is refused with an inline message. */
public class CountField extends ValidatedField<Integer> {
    private static final int MAX_DIGITS = 9;

    public CountField() {
        getStyleClass().add("count-field");
        textField().setPromptText(Messages.get("field.count.prompt"));
        textField().setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        textField().setPrefColumnCount(6);
    }

    @Override
    protected Optional<String> problem(String text) {
        if (text.indexOf('-') >= 0) {
            return Optional.of("field.count.negative");
        }
        for (char c : text.toCharArray()) {
            if (c < '0' || c > '9') {
                return Optional.of("field.count.notWhole");
            }
        }
        if (text.length() > MAX_DIGITS) {
            return Optional.of("field.count.tooLarge");
        }
        return Optional.empty();
    }

    @Override
    protected Integer parse(String text) {
        if (text == null || text.isEmpty() || problem(text).isPresent()) {
            return null;
        }
        return Integer.valueOf(text);
    }

    @Override
    protected String format(Integer value) {
        return value.toString();
    }
}
