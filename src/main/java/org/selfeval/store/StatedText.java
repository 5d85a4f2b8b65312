package org.selfeval.store;

import java.math.BigDecimal;
import org.selfeval.model.Stated;

/**
 * A {@link Stated} figure in one text column: NULL = not stated, "" = stated blank, the exact
 * decimal otherwise; a leading "!" marks a figure the clerk chose to print as stated.
 */
final class StatedText {
    private static final String PRINT = "!";

    private StatedText() {
    }

    static String write(Stated s) {
        if (s == null) {
            return null;
        }
        String value = s.isBlank() ? "" : s.value().toPlainString();
        return s.printStated() ? PRINT + value : value;
    }

    static Stated read(String text) {
        if (text == null) {
            return null;
        }
        boolean print = text.startsWith(PRINT);
        String value = print ? text.substring(1) : text;
        return new Stated(value.isEmpty() ? null : new BigDecimal(value), print);
    }
}
