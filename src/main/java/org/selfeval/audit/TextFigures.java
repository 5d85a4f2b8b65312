package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure found by a rule's own pattern (R18a's staff total, R20's score). The text rules that
 * restate figures read them with {@link org.selfeval.recognise.Recogniser} instead.
 */
final class TextFigures {
    /** A number: 1,234.5 or 1234.5. */
    static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";

    private TextFigures() {
    }

    /**
     * A figure as written.
     *
     * @param value   the number
     * @param written the digits as written, e.g. "100" or "78.17"
     * @param start   index of the label (or of the number when there is no label)
     * @param end     index after the figure and its unit
     */
    record Figure(BigDecimal value, String written, int start, int end) {
        /** Decimals as written: "100" → 0, "78.17" → 2. */
        int decimals() {
            int dot = written.indexOf('.');
            return dot < 0 ? 0 : written.length() - dot - 1;
        }
    }

    /** The first match of a pattern whose group 1 is the number. */
    static Optional<Figure> find(String text, Pattern pattern) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(figure(m, m.start())) : Optional.empty();
    }

    /** Every match of a pattern whose group 1 is the number. */
    static List<Figure> findAll(String text, Pattern pattern) {
        List<Figure> all = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return all;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            all.add(figure(m, m.start()));
        }
        return all;
    }

    private static Figure figure(Matcher m, int start) {
        String written = m.group(1);
        return new Figure(new BigDecimal(written.replace(",", "")), written, start, m.end());
    }
}
