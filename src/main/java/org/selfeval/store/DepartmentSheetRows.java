package org.selfeval.store;

import static org.selfeval.store.jooq.Tables.DEPARTMENT_SHEET;
import static org.selfeval.store.jooq.Tables.SHEET_ENTRY;

import java.util.List;
import org.jooq.DSLContext;
import org.selfeval.model.DepartmentSheet;
import org.selfeval.model.SheetEntry;
import org.selfeval.model.ThreePublicParts;

/** The 部门整体支出绩效自评表 of a report in its two tables (V4). Call inside the report's transaction. */
final class DepartmentSheetRows {
    private DepartmentSheetRows() {
    }

    static void write(DSLContext db, String reportId, DepartmentSheet s) {
        if (s.isEmpty()) {
            return;
        }
        db.insertInto(DEPARTMENT_SHEET)
                .set(DEPARTMENT_SHEET.REPORT_ID, reportId)
                .set(DEPARTMENT_SHEET.THREE_PUBLIC_PRIOR, s.threePublicPrior())
                .set(DEPARTMENT_SHEET.THREE_PUBLIC_BUDGET, s.threePublicBudget())
                .set(DEPARTMENT_SHEET.THREE_PUBLIC_ACTUAL, s.threePublicActual())
                .set(DEPARTMENT_SHEET.BUDGET_INITIAL, s.budgetInitial())
                .set(DEPARTMENT_SHEET.BUDGET_ADJUSTED, s.budgetAdjusted())
                .set(DEPARTMENT_SHEET.BUDGET_ADDED, s.budgetAdded())
                .set(DEPARTMENT_SHEET.PROCUREMENT_PLANNED, s.procurementPlanned())
                .set(DEPARTMENT_SHEET.PROCUREMENT_ACTUAL, s.procurementActual())
                .set(DEPARTMENT_SHEET.KEY_EXPENDITURE, s.keyExpenditure())
                .set(DEPARTMENT_SHEET.THREE_PUBLIC_ABROAD, s.threePublicParts().abroad())
                .set(DEPARTMENT_SHEET.THREE_PUBLIC_VEHICLE_PURCHASE, s.threePublicParts().vehiclePurchase())
                .set(DEPARTMENT_SHEET.THREE_PUBLIC_VEHICLE_RUNNING, s.threePublicParts().vehicleRunning())
                .set(DEPARTMENT_SHEET.THREE_PUBLIC_RECEPTION, s.threePublicParts().reception())
                .set(DEPARTMENT_SHEET.ADJUSTMENT_REASON, s.adjustmentReason())
                .set(DEPARTMENT_SHEET.SAMPLE_NOTE, s.sampleNote())
                .execute();
        RowBatch entries = new RowBatch(SHEET_ENTRY, SHEET_ENTRY.REPORT_ID, SHEET_ENTRY.POSITION, SHEET_ENTRY.ROW_NAME,
                SHEET_ENTRY.SCORE, SHEET_ENTRY.NOTE);
        for (int i = 0; i < s.entries().size(); i++) {
            SheetEntry e = s.entries().get(i);
            entries.add(reportId, i, e.row(), e.score(), e.note());
        }
        entries.insert(db);
    }

    static DepartmentSheet read(DSLContext db, String reportId) {
        var s = db.selectFrom(DEPARTMENT_SHEET).where(DEPARTMENT_SHEET.REPORT_ID.eq(reportId)).fetchOne();
        if (s == null) {
            return DepartmentSheet.EMPTY;
        }
        List<SheetEntry> entries = db.selectFrom(SHEET_ENTRY).where(SHEET_ENTRY.REPORT_ID.eq(reportId))
                .orderBy(SHEET_ENTRY.POSITION).fetch(e -> new SheetEntry(e.getRowName(), e.getScore(), e.getNote()));
        return new DepartmentSheet(s.getThreePublicPrior(), s.getThreePublicBudget(), s.getThreePublicActual(),
                s.getBudgetInitial(), s.getBudgetAdjusted(), s.getBudgetAdded(), s.getProcurementPlanned(),
                s.getProcurementActual(), s.getKeyExpenditure(), s.getAdjustmentReason(), entries, s.getSampleNote(),
                new ThreePublicParts(s.getThreePublicAbroad(), s.getThreePublicVehiclePurchase(),
                        s.getThreePublicVehicleRunning(), s.getThreePublicReception()));
    }
}
