package org.selfeval.export.xlsx;

import java.util.List;
import org.selfeval.model.Indicator;

/** Merges runs of equal 一级指标 cells, and inside them runs of equal 二级指标 cells, downwards. */
final class MergeRuns {
    private MergeRuns() {
    }

    static void apply(SheetWriter w, int firstRow, List<Indicator> rows, int level1Col, int level2Col) {
        merge(w, firstRow, rows, level1Col, false);
        merge(w, firstRow, rows, level2Col, true);
    }

    private static void merge(SheetWriter w, int firstRow, List<Indicator> rows, int col, boolean level2) {
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            boolean same = i < rows.size() && key(rows.get(i), level2).equals(key(rows.get(start), level2));
            if (!same) {
                if (i - 1 > start) {
                    w.merge(firstRow + start, firstRow + i - 1, col, col,
                            w.sheet.getRow(firstRow + start).getCell(col).getCellStyle());
                }
                start = i;
            }
        }
    }

    private static String key(Indicator row, boolean level2) {
        return level2 ? row.level1() + "\u0000" + row.level2() : row.level1();
    }
}
