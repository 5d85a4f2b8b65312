package org.selfeval.ui.controls;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.selfeval.model.Scores;

/** A score in 分 from 0 to 100 with at most two decimals; anything else is refused inline. */
public class ScoreField extends ValidatedField<BigDecimal> {
    private BigDecimal max = Scores.HUNDRED;

    public ScoreField() {
        getStyleClass().add("score-field");
        textField().setPromptText(Messages.get("field.score.prompt"));
        textField().setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
    }

    /** The highest acceptable score (100 by default, an indicator's weight in the tables). */
    public void setMax(BigDecimal max) {
        this.max = max;
    }

    @Override
    protected Optional<String> problem(String text) {
        if (text.indexOf('-') >= 0) {
            return Optional.of("field.score.negative");
        }
        for (char c : text.toCharArray()) {
            if (c != '.' && (c < '0' || c > '9')) {
                return Optional.of("field.score.notNumber");
            }
        }
        int dot = text.indexOf('.');
        if (dot >= 0 && text.indexOf('.', dot + 1) >= 0) {
            return Optional.of("field.score.notNumber");
        }
        if (dot >= 0 && text.length() - dot - 1 > 2) {
            return Optional.of("field.score.decimals");
        }
        if (!text.isEmpty() && !".".equals(text) && new BigDecimal(text.startsWith(".") ? "0" + text : text).compareTo(max) > 0) {
            return Optional.of("field.score.tooHigh");
        }
        return Optional.empty();
    }

    @Override
    protected BigDecimal parse(String text) {
        if (text == null || text.isEmpty() || ".".equals(text) || problem(text).isPresent()) {
            return null;
        }
        return new BigDecimal(text.startsWith(".") ? "0" + text : text).setScale(2, RoundingMode.UNNECESSARY);
    }

    @Override
    protected String format(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : value.stripTrailingZeros().toPlainString();
    }
}
