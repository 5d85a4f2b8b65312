package org.selfeval.intake.published;

/** The clerk's wording cut for showing where a value was read (出处). */
final class Wording {
    private static final int MAX = 60;
    private static final String SENTENCE_END = "。；;\n";

    private Wording() {
    }

    /** On one line, at most 60 characters. */
    static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= MAX ? one : one.substring(0, MAX - 1) + "…";
    }

    /** The clause of {@code text} around [start, end): from the last "。" or "；" before to the next one after. */
    static String clause(String text, int start, int end) {
        int from = start;
        while (from > 0 && SENTENCE_END.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = Math.min(end, text.length());
        while (to < text.length() && SENTENCE_END.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return shorten(text.substring(from, to));
    }
}
