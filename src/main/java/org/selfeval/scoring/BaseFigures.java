package org.selfeval.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Carryover;
import org.selfeval.model.DepartmentSheet;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.Headcount;
import org.selfeval.model.Report;
import org.selfeval.model.Staffing;

/**
 * The named base figures (基础数据表) a department sheet's formulas use, taken from wherever the report
 * holds them — 编制 and 在职 from 一, 支出 and 结转 from 二, 公用经费 from 三, the rest from the sheet's own
 * base data — so nothing is entered twice. A figure that is not entered is absent (not zero).
 */
public final class BaseFigures {
    /** Names a formula may use, with what each is (shown beside the sheet in the window). */
    public static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("establishment", "编制数（一、人员概况）"),
            Map.entry("staffActual", "年末实有在职人数（一、人员概况）"),
            Map.entry("expenditureTotal", "支出完成数（二、支出合计）"),
            Map.entry("projectExpenditure", "项目支出（二）"),
            Map.entry("yearEndCarryover", "年末结转结余（二）"),
            Map.entry("priorCarryover", "上年结转（二、上年末结转结余）"),
            Map.entry("publicInitial", "公用经费 年初预算（三）"),
            Map.entry("publicAdjusted", "公用经费 调整预算（三）"),
            Map.entry("publicExecuted", "公用经费 决算（三）"),
            Map.entry("threePublicPrior", "“三公”经费 上年决算"),
            Map.entry("threePublicBudget", "“三公”经费 本年预算"),
            Map.entry("threePublicActual", "“三公”经费 本年决算"),
            Map.entry("budgetInitial", "年初预算数"),
            Map.entry("budgetAdjusted", "全年（调整）预算数"),
            Map.entry("budgetAdded", "本年追加预算数"),
            Map.entry("procurementPlanned", "政府采购计划"),
            Map.entry("procurementActual", "政府采购实际"),
            Map.entry("keyExpenditure", "重点项目支出"));

    private BaseFigures() {
    }

    public static Map<String, BigDecimal> of(Report r) {
        Map<String, BigDecimal> m = new HashMap<>();
        Staffing st = r.basics().staffing();
        if (!st.establishment().isEmpty()) {
            m.put("establishment", BigDecimal.valueOf(st.establishment().stream().mapToInt(Headcount::count).sum()));
        }
        if (!st.actual().isEmpty()) {
            m.put("staffActual", BigDecimal.valueOf(st.actualTotal()));
        }
        Finances f = r.finances();
        if (!f.expenditure().isEmpty()) {
            m.put("expenditureTotal", f.expenditureTotal());
        }
        put(m, "projectExpenditure", f.expenditure().get(ExpenditureCategory.PROJECT));
        Carryover c = f.carryover();
        if (c.basic() != null || c.project() != null || c.surplus() != null) {
            m.put("yearEndCarryover", c.total());
        }
        put(m, "priorCarryover", c.priorYearTotal());
        BudgetFigures pub = r.performance().projectAnalysis().publicExpenses();
        put(m, "publicInitial", pub.initial());
        put(m, "publicAdjusted", pub.effectiveBudget());
        put(m, "publicExecuted", pub.executed());
        DepartmentSheet s = r.departmentSheet();
        put(m, "threePublicPrior", s.threePublicPrior());
        put(m, "threePublicBudget", s.threePublicBudget());
        put(m, "threePublicActual", s.threePublicActual());
        put(m, "budgetInitial", s.budgetInitial());
        put(m, "budgetAdjusted", s.budgetAdjusted() != null ? s.budgetAdjusted() : s.budgetInitial());
        put(m, "budgetAdded", s.budgetAdded());
        put(m, "procurementPlanned", s.procurementPlanned());
        put(m, "procurementActual", s.procurementActual());
        put(m, "keyExpenditure", s.keyExpenditure());
        return m;
    }

    private static void put(Map<String, BigDecimal> m, String name, BigDecimal value) {
        if (value != null) {
            m.put(name, value);
        }
    }
}
