package org.selfeval.export.pdf;

import com.itextpdf.kernel.font.PdfFont;

/**
 * Breaks a long title at a word boundary instead of wherever the line runs out (GB/T 9704: "回行时要做到
 * 词意完整"): before the year, so the department's name stays on the first line.
 */
final class TitleLines {
    private TitleLines() {
    }

    static String arrange(String title, PdfFont font, float size) {
        if (font.getWidth(title, size) <= GbtLayout.BLOCK_WIDTH) {
            return title;
        }
        int year = firstYear(title);
        if (year <= 0) {
            return title;
        }
        String first = title.substring(0, year);
        String second = title.substring(year);
        if (font.getWidth(first, size) > GbtLayout.BLOCK_WIDTH || font.getWidth(second, size) > GbtLayout.BLOCK_WIDTH) {
            return title;
        }
        return first + "\n" + second;
    }

    /** Index of the first run of four digits (the year), or -1. */
    private static int firstYear(String s) {
        for (int i = 0; i + 4 <= s.length(); i++) {
            if (s.substring(i, i + 4).chars().allMatch(Character::isDigit)) {
                return i;
            }
        }
        return -1;
    }
}
