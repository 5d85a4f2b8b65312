package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * 部门整体支出绩效自评表: the base data (基础数据表) that the report does not already hold elsewhere, and
 * the clerk's entries for its rows. 编制 and 在职人数 come from 一, 支出, 结转 from 二, 公用经费 from 三: they are
 * never entered twice. The rows, formulas and bands are the region's (profile data).
 *
 * @param threePublicPrior   "三公"经费 上年决算数 (万元)
 * @param threePublicBudget  "三公"经费 本年预算数
 * @param threePublicActual  "三公"经费 本年决算数
 * @param budgetInitial      部门预算 年初预算数
 * @param budgetAdjusted     全年（调整）预算数
 * @param budgetAdded        本年追加预算数
 * @param procurementPlanned 政府采购 计划金额
 * @param procurementActual  政府采购 实际金额
 * @param keyExpenditure     重点项目支出
 * @param adjustmentReason   预算调整（增加或调减）的原因; needed over 30 %
 * @param entries            the clerk's scores and 说明 per row
 * @param sampleNote         where the figures are sample values, said in the window only (never printed);
 *                           "" = the department's own figures
 * @param threePublicParts   本年决算 of the "三公"经费 by part (因公出国(境)费, 公务用车购置费, 公务用车运行费,
 *                           公务接待费; 决算 table 7); each null = not stated
 */
@RecordBuilder
public record DepartmentSheet(
        BigDecimal threePublicPrior,
        BigDecimal threePublicBudget,
        BigDecimal threePublicActual,
        BigDecimal budgetInitial,
        BigDecimal budgetAdjusted,
        BigDecimal budgetAdded,
        BigDecimal procurementPlanned,
        BigDecimal procurementActual,
        BigDecimal keyExpenditure,
        String adjustmentReason,
        List<SheetEntry> entries,
        String sampleNote,
        ThreePublicParts threePublicParts) implements DepartmentSheetBuilder.With {
    public static final DepartmentSheet EMPTY = new DepartmentSheet(null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    /** A sheet without the "三公" parts. */
    public DepartmentSheet(BigDecimal threePublicPrior, BigDecimal threePublicBudget, BigDecimal threePublicActual,
                           BigDecimal budgetInitial, BigDecimal budgetAdjusted, BigDecimal budgetAdded,
                           BigDecimal procurementPlanned, BigDecimal procurementActual, BigDecimal keyExpenditure,
                           String adjustmentReason, List<SheetEntry> entries, String sampleNote) {
        this(threePublicPrior, threePublicBudget, threePublicActual, budgetInitial, budgetAdjusted, budgetAdded,
                procurementPlanned, procurementActual, keyExpenditure, adjustmentReason, entries, sampleNote, null);
    }

    public DepartmentSheet {
        threePublicPrior = Money.nonNegative(threePublicPrior);
        threePublicBudget = Money.nonNegative(threePublicBudget);
        threePublicActual = Money.nonNegative(threePublicActual);
        budgetInitial = Money.nonNegative(budgetInitial);
        budgetAdjusted = Money.nonNegative(budgetAdjusted);
        budgetAdded = Money.nonNegative(budgetAdded);
        procurementPlanned = Money.nonNegative(procurementPlanned);
        procurementActual = Money.nonNegative(procurementActual);
        keyExpenditure = Money.nonNegative(keyExpenditure);
        adjustmentReason = adjustmentReason == null ? "" : adjustmentReason;
        entries = entries == null ? List.of() : List.copyOf(entries);
        sampleNote = sampleNote == null ? "" : sampleNote;
        threePublicParts = threePublicParts == null ? ThreePublicParts.NONE : threePublicParts;
    }

    /** The clerk's entry for a row, if any. */
    public Optional<SheetEntry> entry(String row) {
        return entries.stream().filter(e -> e.row().equals(row)).findFirst();
    }

    /** The sheet with the entry of that row replaced (or added). */
    public DepartmentSheet withEntry(SheetEntry entry) {
        List<SheetEntry> list = new java.util.ArrayList<>(entries);
        list.removeIf(e -> e.row().equals(entry.row()));
        list.add(entry);
        return withEntries(list);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
