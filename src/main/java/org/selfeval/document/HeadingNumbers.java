package org.selfeval.document;

/**
 * Labels of numbered headings and lists, made by the app (GB/T 9704 7.3.3): level 1 "一、", level 2
 * "（一）", level 3 "1.", level 4 "（1）"; and the 一是 / 二是 ordinals of a run of parts.
 */
public final class HeadingNumbers {
    private static final String DIGITS = "〇一二三四五六七八九";

    private HeadingNumbers() {
    }

    /** @param index 1-based position among its siblings */
    public static String label(int level, int index) {
        return switch (level) {
            case 1 -> chinese(index) + "、";
            case 2 -> "（" + chinese(index) + "）";
            case 3 -> index + ".";
            case 4 -> "（" + index + "）";
            default -> throw new IllegalArgumentException("heading level " + level);
        };
    }

    /** "一是", "二是", … */
    public static String ordinal(int index) {
        return chinese(index) + "是";
    }

    /** Chinese numeral for 1–99: 一, 十, 十一, 二十三. */
    public static String chinese(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
