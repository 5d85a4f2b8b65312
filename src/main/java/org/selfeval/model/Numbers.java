package org.selfeval.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a number out of what a clerk wrote in a value cell: "95", "≥95%", "1,200", "12月". */
public final class Numbers {
    private static final Pattern NUMBER = Pattern.compile("^[^0-9\\-]*(-?[0-9][0-9,，]*(?:\\.[0-9]+)?)\\s*[^0-9]*$");

    private Numbers() {
    }

    /** The single number in the text, or empty when there is none or more than one. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(m.group(1).replace(",", "").replace("，", "")));
    }
}
