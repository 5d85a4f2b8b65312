package org.selfeval.intake.accounts;

import java.math.BigDecimal;

/**
 * A figure read from a table: where (table, sheet, cell), in the table's unit and in 万元.
 *
 * @param spec   what was looked for
 * @param table  the table's name, e.g. 收入支出决算总表
 * @param sheet  the sheet's name as in the file
 * @param cell   the cell, e.g. "C8"
 * @param amount the amount as the table gives it, in {@code unit}
 * @param unit   "元" or "万元"
 * @param wan    the amount in 万元, exact
 */
record ReadFigure(Layout.Figure spec, String table, String sheet, String cell, BigDecimal amount, String unit, BigDecimal wan) {
    /** Where it was read, in the clerk's words: "收入支出决算总表 C8（一般公共预算财政拨款收入）". */
    String source() {
        return sheet + " " + cell + "（" + spec.label() + "）";
    }
}
