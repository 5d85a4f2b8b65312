package org.selfeval.intake.published;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph read as a heading (标题): its number's level, the title, and the text that runs on
 * after a run-in title ("（一）机构组成。根据……" → title 机构组成, rest 根据……). Numbers accepted:
 * "一、" (level 1), "（一）" / "(一)" (2), "1." / "1、" / "1．" (3), "（1）" / "(1)" (4); a short line
 * without a number is level 0.
 *
 * @param level  1–4 by the number's form, 0 without a number
 * @param title  the title without its number and closing mark
 * @param rest   the paragraph's text after a run-in title; empty for a heading line
 */
record Heading(int level, String title, String rest) {
    private static final Pattern NUMBER = Pattern.compile(
            "^\\s*(?:([一二三四五六七八九十]+)\\s*[、，,．.]|[（(]\\s*([一二三四五六七八九十]+)\\s*[)）]|([0-9０-９]{1,2})\\s*[.．、]|[（(]\\s*([0-9０-９]{1,2})\\s*[)）])\\s*");
    /** Where a run-in title ends. */
    private static final Pattern CLOSE = Pattern.compile("[。：:；;]");
    private static final int MAX_TITLE = 40;

    static Optional<Heading> of(String paragraph) {
        Matcher m = NUMBER.matcher(paragraph);
        int level;
        String after;
        if (m.find()) {
            level = m.group(1) != null ? 1 : m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
            after = paragraph.substring(m.end());
        } else {
            level = 0;
            after = paragraph.strip();
            if (after.length() > 30 || CLOSE.matcher(after).find() || after.contains("，") || after.contains(",")) {
                return Optional.empty();
            }
        }
        Matcher close = CLOSE.matcher(after);
        if (close.find() && close.start() <= MAX_TITLE) {
            return Optional.of(new Heading(level, after.substring(0, close.start()).strip(), after.substring(close.end()).strip()));
        }
        if (after.length() <= MAX_TITLE) {
            return Optional.of(new Heading(level, after.strip(), ""));
        }
        return Optional.empty();
    }
}
