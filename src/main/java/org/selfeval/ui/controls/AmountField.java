package org.selfeval.ui.controls;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.Money;

/**
 * An amount in 万元: digits and one decimal point, at most six decimals (元 with two decimals), never
 * negative. A letter, a minus sign or a seventh decimal is refused with an inline Chinese message; the
 * previous value is kept. Commits the exact {@link BigDecimal} (null when empty) and shows it exactly,
 * so an amount imported with three decimals is not rounded by editing it.
 */
public class AmountField extends ValidatedField<BigDecimal> {
    /** NUMERIC(18,2): 16 integer digits is far beyond any department budget in 万元. */
    private static final int MAX_INTEGER_DIGITS = 12;

    public AmountField() {
        getStyleClass().add("amount-field");
        textField().setPromptText(Messages.get("field.amount.prompt"));
        textField().setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
    }

    @Override
    protected Optional<String> problem(String text) {
        if (text.indexOf('-') >= 0) {
            return Optional.of("field.amount.negative");
        }
        for (char c : text.toCharArray()) {
            if (c != '.' && (c < '0' || c > '9')) {
                return Optional.of("field.amount.notNumber");
            }
        }
        int dot = text.indexOf('.');
        if (dot >= 0 && text.indexOf('.', dot + 1) >= 0) {
            return Optional.of("field.amount.twoPoints");
        }
        if (dot >= 0 && text.length() - dot - 1 > Money.MAX_SCALE) {
            return Optional.of("field.amount.decimals");
        }
        if ((dot < 0 ? text.length() : dot) > MAX_INTEGER_DIGITS) {
            return Optional.of("field.amount.tooLarge");
        }
        return Optional.empty();
    }

    @Override
    protected BigDecimal parse(String text) {
        if (text == null || text.isEmpty() || ".".equals(text) || problem(text).isPresent()) {
            return null;
        }
        return Money.normalize(new BigDecimal(text.startsWith(".") ? "0" + text : text));
    }

    @Override
    protected String format(BigDecimal value) {
        return Money.exact(value);
    }
}
