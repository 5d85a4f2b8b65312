package org.selfeval.export.xlsx;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where a written project sheet keeps its totals, and what those cells hold, for the summary sheet's
 * references and their cached results.
 *
 * @param sheetName   the sheet's name
 * @param totalRow    row of 总额 / 年度资金总额
 * @param initialCol  column of 年初预算
 * @param rateCol     column of 预算执行率 (调整后 and 执行数 are the two columns before it but one)
 * @param sumRow      row of 合计 / 总分
 * @param scoreCol    column of the total score on that row
 * @param totals      the figures of the 总额 row
 * @param totalScore  the total score cell
 */
record ProjectSheetRef(String sheetName, int totalRow, int initialCol, int rateCol, int sumRow, int scoreCol,
                       PrintedTotals totals, Optional<BigDecimal> totalScore) {
    String cell(int row, int col) {
        return "'" + sheetName.replace("'", "''") + "'!" + SheetWriter.ref(row, col);
    }
}
