package org.selfeval.intake.accounts;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one sheet of a test workbook the way the 决算 tables look: text cells, amounts as numbers
 * ({@link BigDecimal}) or as text with thousands separators ({@link Text}), merged title and group
 * headers. Rows are written top down.
 */
final class SheetWriter {
    /** An amount written as text, e.g. "2,940.05". */
    record Text(String text) {
    }

    private final Sheet sheet;
    private int next;

    SheetWriter(Sheet sheet) {
        this.sheet = sheet;
    }

    Sheet sheet() {
        return sheet;
    }

    int rowIndex() {
        return next;
    }

    /** The next row: a String is text, a BigDecimal a number cell, a Text an amount as text, null nothing. */
    SheetWriter row(Object... cells) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < cells.length; c++) {
            Object v = cells[c];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
            } else if (v instanceof Text t) {
                cell.setCellValue(t.text());
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(v.toString());
            }
        }
        return this;
    }

    /** Merges columns {@code from..to} of the row just written. */
    SheetWriter merge(int from, int to) {
        sheet.addMergedRegion(new CellRangeAddress(next - 1, next - 1, from, to));
        return this;
    }

    /** A title row (merged over {@code width} columns) and a row naming the unit at the right. */
    SheetWriter title(String title, String code, String unit, int width) {
        row(title).merge(0, width - 1);
        Object[] second = new Object[width];
        second[0] = code;
        second[width - 1] = unit;
        return row(second);
    }
}
