package org.selfeval.export.docx;

import java.util.Arrays;
import org.selfeval.export.ProjectFormGrid;

/**
 * Column widths of a 自评表 in Word, from its content: every column is at least as wide as its
 * labels, column headings and figures need to stay on one line ("项目名称", "18.73%", "调整后预算数"
 * never wrap mid-word; WPS has no autofit), the rest of the line is shared by the grid's weights. A
 * label longer than {@value #WHOLE_LABEL} characters and prose may wrap.
 */
final class DocxColumnWidths {
    /** Labels up to this many characters are kept on one line. */
    static final int WHOLE_LABEL = 6;
    /** When the line is too short for that, labels up to this many characters. */
    static final int WHOLE_SHORT_LABEL = 4;
    /** Prose cells get at least this many characters a line. */
    private static final int MIN_PROSE = 3;
    /** The table's cell margins (twips each side, about 1 mm; Word's default 0.19 cm costs a character a column). */
    static final int CELL_MARGIN = 60;
    /** Both cell margins and a little room for rounding. */
    private static final int PADDING = 2 * CELL_MARGIN + 10;

    private DocxColumnWidths() {
    }

    /**
     * Widths in twips summing to {@code total}: labels up to {@value #WHOLE_LABEL} characters whole, or,
     * where the line is too short for that, labels up to {@value #WHOLE_SHORT_LABEL} characters whole.
     */
    static int[] of(ProjectFormGrid grid, int total, double fontPt) {
        int[] need = needs(grid, total, fontPt, WHOLE_LABEL);
        for (int whole = WHOLE_LABEL - 1; whole >= WHOLE_SHORT_LABEL && Arrays.stream(need).sum() > total; whole--) {
            need = needs(grid, total, fontPt, whole);
        }
        return share(grid.columnWeights(), need, total);
    }

    private static int[] needs(ProjectFormGrid grid, int total, double fontPt, int wholeLabel) {
        int n = grid.columns();
        int[] need = new int[n];
        Arrays.fill(need, PADDING + (int) Math.ceil(fontPt * 20));
        for (ProjectFormGrid.Cell c : grid.cells()) {
            if (c.columnSpan() == 1) {
                int last = c.column();
                need[last] = Math.max(need[last], required(c, fontPt, wholeLabel));
            }
        }
        int[] widths = share(grid.columnWeights(), need, total);
        // a spanning cell's need goes to the columns it spans, added to the widest of them
        for (ProjectFormGrid.Cell c : grid.cells()) {
            if (c.columnSpan() > 1) {
                int have = 0;
                for (int k = c.column(); k < c.column() + c.columnSpan(); k++) {
                    have += widths[k];
                }
                int missing = required(c, fontPt, wholeLabel) - have;
                int last = c.column() + c.columnSpan() - 1;
                if (missing > 0) {
                    need[last] = Math.max(need[last], widths[last] + missing);
                }
            }
        }
        return need;
    }

    /** The weights' shares of the total, raised to each column's need, the others shrunk to pay for it. */
    static int[] share(float[] weights, int[] need, int total) {
        int n = weights.length;
        int needSum = Arrays.stream(need).sum();
        if (needSum >= total) {
            int[] scaled = new int[n];
            for (int i = 0; i < n; i++) {
                scaled[i] = (int) ((long) need[i] * total / needSum);
            }
            scaled[n - 1] += total - Arrays.stream(scaled).sum();
            return scaled;
        }
        boolean[] fixed = new boolean[n];
        int[] widths = new int[n];
        for (int pass = 0; pass <= n; pass++) {
            int fixedSum = 0;
            float freeWeight = 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    fixedSum += need[i];
                } else {
                    freeWeight += weights[i];
                }
            }
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    widths[i] = need[i];
                } else {
                    widths[i] = Math.round(Math.max(0, total - fixedSum) * weights[i] / Math.max(freeWeight, 1e-6f));
                    if (widths[i] < need[i]) {
                        fixed[i] = true;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        int sum = Arrays.stream(widths).sum();
        int widest = 0;
        for (int i = 1; i < n; i++) {
            if (widths[i] > widths[widest]) {
                widest = i;
            }
        }
        widths[widest] += total - sum;
        return widths;
    }

    /** Twips the cell needs so that the part that must not wrap fits on one line. */
    static int required(ProjectFormGrid.Cell c, double fontPt, int wholeLabel) {
        String text = c.text() == null ? "" : c.text().strip();
        double em = switch (c.style()) {
            case NUMBER, CENTER -> longestLine(text);
            case LABEL, HEADER -> {
                double w = longestLine(text);
                yield text.codePointCount(0, text.length()) <= wholeLabel ? w : Math.min(w, WHOLE_SHORT_LABEL);
            }
            case TEXT -> Math.min(longestLine(text), MIN_PROSE);
        };
        return PADDING + (int) Math.ceil(em * fontPt * 20);
    }

    /** Width of the longest line in ems: full-width characters 1, others about 0.55. */
    static double longestLine(String text) {
        double best = 0;
        for (String line : text.split("\n")) {
            best = Math.max(best, line.codePoints().mapToDouble(DocxColumnWidths::ems).sum());
        }
        return best;
    }

    private static double ems(int cp) {
        return cp >= 0x2E80 || (cp >= 0x2000 && cp <= 0x206F && cp != 0x2010) ? 1.0 : 0.55;
    }
}
