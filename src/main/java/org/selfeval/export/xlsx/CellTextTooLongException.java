package org.selfeval.export.xlsx;

/** A text longer than an Excel cell can hold; the message names the sheet and the cell. */
final class CellTextTooLongException extends IllegalArgumentException {
    CellTextTooLongException(String sheet, String cell, int length) {
        super("工作表「" + sheet + "」单元格 " + cell + " 的文字有 " + length + " 个字符，超过 Excel 单元格上限 "
                + SheetWriter.MAX_TEXT + " 个字符，请缩短后再导出");
    }
}
