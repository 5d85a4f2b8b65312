package org.selfeval.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Every amount, score and weight of a report is exact decimal text in the workspace (V3). A value that
 * is no number (a flipped byte, an edit by another program) would reach the model as "not entered" and
 * be lost silently; this check finds it first and names the table and column, so the report is told
 * as damaged instead.
 */
final class ExactNumbers {
    /** table → its decimal columns; each table's rows belong to the report through report_id, except project_fund. */
    private static final Map<String, List<String>> COLUMNS = Map.ofEntries(
            Map.entry("income_line", List.of("amount")),
            Map.entry("expenditure_line", List.of("amount")),
            Map.entry("carryover", List.of("basic", "project", "surplus", "prior_year_total")),
            Map.entry("performance", List.of("public_initial", "public_adjusted", "public_executed")),
            Map.entry("conclusion", List.of("score")),
            Map.entry("project", List.of("execution_weight")),
            Map.entry("indicator", List.of("weight", "score")),
            Map.entry("finances", List.of("prior_income_total", "prior_expenditure_total", "personnel_expenses", "public_expenses")),
            Map.entry("department_sheet", List.of("three_public_prior", "three_public_budget", "three_public_actual",
                    "budget_initial", "budget_adjusted", "budget_added", "procurement_planned", "procurement_actual",
                    "key_expenditure", "three_public_abroad", "three_public_vehicle_purchase", "three_public_vehicle_running",
                    "three_public_reception")),
            Map.entry("sheet_entry", List.of("score")),
            Map.entry("project_fund", List.of("initial", "adjusted", "executed")));

    private ExactNumbers() {
    }

    static void verify(DSLContext db, String reportId) {
        COLUMNS.forEach((table, columns) -> {
            String owner = table.equals("project_fund")
                    ? "project_id IN (SELECT id FROM project WHERE report_id = ?)" : "report_id = ?";
            for (String column : columns) {
                for (var row : db.fetch("SELECT CAST(" + column + " AS TEXT) FROM " + table + " WHERE " + owner + " AND "
                        + column + " IS NOT NULL", reportId)) {
                    String text = row.get(0, String.class);
                    try {
                        new BigDecimal(text);
                    } catch (NumberFormatException e) {
                        throw new IllegalStateException("表 " + table + " 的 " + column + " 栏不是数字：“" + text + "”", e);
                    }
                }
            }
        });
    }
}
