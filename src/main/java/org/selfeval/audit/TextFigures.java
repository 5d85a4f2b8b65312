package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures a clerk wrote in prose: an amount in 万元, a percentage or a count after a label
 * ("收入合计1123.58万元", "占78.17%", "年末实有在职人员37人"). Half-width and full-width punctuation
 * are both understood. Patterns are compiled once; a label is located with {@code indexOf} and the
 * figure read with an anchored match right after it.
 */
final class TextFigures {
    /** A number: 1,234.5 or 1234.5. */
    static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    /** Up to five words between a label and its figure (为, 数为, 合计, ：), never a separator or digit. */
    private static final String GAP = "[^0-9，,。；;、()（）\\[\\]【】]{0,5}?";
    private static final Pattern AMOUNT_TAIL = Pattern.compile(GAP + NUM + "\\s*万元");
    private static final Pattern PERCENT_TAIL = Pattern.compile(GAP + NUM + "\\s*[%％]");
    private static final Pattern SHARE_TAIL = Pattern.compile("\\s*[,，]?\\s*(?:占比|占)[^0-9，,。；;]{0,3}?" + NUM + "\\s*[%％]");
    private static final Pattern ANY_AMOUNT = Pattern.compile(NUM + "\\s*万元");

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

    /** The first amount in 万元 that follows the label. */
    static Optional<Figure> amountAfter(String text, String label) {
        return after(text, label, AMOUNT_TAIL);
    }

    /** The first percentage that follows the label. */
    static Optional<Figure> percentAfter(String text, String label) {
        return after(text, label, PERCENT_TAIL);
    }

    /** A share "，占78.17%" written right after position {@code from}. */
    static Optional<Figure> shareAt(String text, int from) {
        Matcher m = SHARE_TAIL.matcher(text);
        m.region(from, text.length());
        return m.lookingAt() ? Optional.of(figure(m, from)) : Optional.empty();
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

    /** Every amount in 万元 in the text. */
    static List<Figure> amounts(String text) {
        return findAll(text, ANY_AMOUNT);
    }

    private static Optional<Figure> after(String text, String label, Pattern tail) {
        if (text == null || text.isEmpty() || label.isEmpty()) {
            return Optional.empty();
        }
        int at = text.indexOf(label);
        if (at < 0) {
            return Optional.empty();
        }
        Matcher m = tail.matcher(text);
        while (at >= 0) {
            int from = at + label.length();
            m.region(from, text.length());
            if (m.lookingAt()) {
                return Optional.of(figure(m, at));
            }
            at = text.indexOf(label, from);
        }
        return Optional.empty();
    }

    private static Figure figure(Matcher m, int start) {
        String written = m.group(1);
        return new Figure(new BigDecimal(written.replace(",", "")), written, start, m.end());
    }
}
