package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.math.BigDecimal;

/**
 * The clerk's entry for one row of the 部门整体支出绩效自评表, by the row's name in the region's sheet:
 * the score of a 定性 row (a formula row is computed), and a 说明 printed beside the row.
 *
 * @param row   the row's 三级指标 name as the profile's sheet names it
 * @param score the clerk's score of a 定性 row (0 to its weight); null = not yet scored
 * @param note  说明 for the row (e.g. why a point was deducted); "" = none
 */
@RecordBuilder
public record SheetEntry(String row, BigDecimal score, String note) implements SheetEntryBuilder.With {
    public SheetEntry {
        if (row == null || row.isBlank()) {
            throw new IllegalArgumentException("部门自评表的条目缺少指标名称");
        }
        score = Scores.stated(score);
        note = note == null ? "" : note;
    }
}
