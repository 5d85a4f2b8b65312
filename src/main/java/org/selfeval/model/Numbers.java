package org.selfeval.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads a number out of what a clerk wrote in a value cell: "95", "≥95%", "1,200", "12月".
 *
 * <p>The accepted form is that of the pattern
 * {@code ^[^0-9\-]*(-?[0-9][0-9,，]*(?:\.[0-9]+)?)\s*[^0-9]*$} on the stripped text (grouping commas
 * dropped), read by a hand-written scanner: this runs for every indicator row on every keystroke and
 * the regular expression was most of the cost of a refresh on a large report.
 */
public final class Numbers {
    private Numbers() {
    }

    /** The single number in the text, or empty when there is none or more than one. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        int n = t.length();
        int start = 0;
        while (start < n && !digit(t.charAt(start))) {
            if (t.charAt(start) == '-') {
                if (start + 1 < n && digit(t.charAt(start + 1))) {
                    break;
                }
                return Optional.empty();
            }
            start++;
        }
        if (start == n) {
            return Optional.empty();
        }
        int end = t.charAt(start) == '-' ? start + 1 : start;
        boolean commas = false;
        while (end < n) {
            char c = t.charAt(end);
            if (c == ',' || c == '，') {
                commas = true;
            } else if (!digit(c)) {
                break;
            }
            end++;
        }
        if (end + 1 < n && t.charAt(end) == '.' && digit(t.charAt(end + 1))) {
            end += 2;
            while (end < n && digit(t.charAt(end))) {
                end++;
            }
        }
        for (int i = end; i < n; i++) {
            if (digit(t.charAt(i))) {
                return Optional.empty();
            }
        }
        String number = t.substring(start, end);
        if (commas) {
            number = number.replace(",", "").replace("，", "");
        }
        return Optional.of(new BigDecimal(number));
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
