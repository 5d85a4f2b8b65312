package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.Numbers;

/**
 * Reads the number of an indicator cell. A plain number ("95", "11.24") — the common case — is read
 * without a regular expression; anything else goes to {@link Numbers#parse}, whose result it equals
 * (remembered by the cell's text).
 */
final class CellNumbers {
    /** The cells read lately that were not plain numbers: after a keystroke all but one are unchanged. */
    private static final org.selfeval.recognise.RecentByText<Optional<BigDecimal>> RECENT = new org.selfeval.recognise.RecentByText<>(16384);

    private CellNumbers() {
    }

    static Optional<BigDecimal> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        boolean plain = true;
        int dots = 0;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                dots++;
                plain = i > 0 && i < text.length() - 1 && dots == 1;
            } else {
                plain = c >= '0' && c <= '9';
            }
        }
        return plain ? Optional.of(new BigDecimal(text)) : RECENT.get(text, Numbers::parse);
    }
}
