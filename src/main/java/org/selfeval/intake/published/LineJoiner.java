package org.selfeval.intake.published;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the lines of a PDF's pages back into paragraphs (断行合并). A line as wide as the page's
 * widest lines was broken by the page width and runs on into the next line; so does a line not much
 * shorter that does not end a sentence (the page broke it before a number or a word that would not
 * fit). A short line, or a shorter one that ends with "。" and the like, ends its paragraph. A line that opens with a heading number ("一、" "（一）" "1." …) or "一是" always starts a
 * paragraph, and page numbers ("— 3 —", "- 3 -", "3") are dropped. Widths count a Chinese character
 * as one and a Latin letter, digit or half-width mark as a half.
 */
final class LineJoiner {
    /** A line at least this share of the page's widest line is taken as full. */
    private static final double FULL = 0.9;
    /** A line that does not end a sentence runs on from this share of the widest line. */
    private static final double RUNS_ON = 0.6;
    private static final String SENTENCE_END = "。！？!?；;：:”\"";
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[—\\-–\\s第]*\\d{1,4}[—\\-–\\s页]*$|^\\d+\\s*/\\s*\\d+$");
    private static final Pattern OPENS = Pattern.compile("^(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[.．、](?!\\d)|项目\\d+[:：]|附件)");

    private LineJoiner() {
    }

    static List<String> join(List<List<String>> pages) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean runsOn = false;
        for (List<String> page : pages) {
            List<String> lines = page.stream().map(String::strip).filter(l -> !l.isEmpty())
                    .filter(l -> !PAGE_NUMBER.matcher(l).matches()).toList();
            double widest = lines.stream().mapToDouble(LineJoiner::width).max().orElse(0);
            for (String line : lines) {
                if (!runsOn || OPENS.matcher(line).find()) {
                    flush(current, paragraphs);
                }
                current.append(line);
                double share = widest > 10 ? width(line) / widest : 0;
                boolean ends = SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0;
                runsOn = share >= FULL || !ends && share >= RUNS_ON;
            }
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }

    static double width(String line) {
        double w = 0;
        for (int i = 0; i < line.length(); i++) {
            w += line.charAt(i) < 0x2E80 ? 0.5 : 1;
        }
        return w;
    }
}
