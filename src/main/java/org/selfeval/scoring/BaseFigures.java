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
    public static final Map<String, String> NAMES = names(
            "establishment", "编制数（一、人员概况）",
            "staffActual", "年末实有在职人数（一、人员概况）",
            "expenditureTotal", "支出完成数（二、支出合计）",
            "projectExpenditure", "项目支出（二）",
            "yearEndCarryover", "年末结转结余（二）",
            "priorCarryover", "上年结转（二、上年末结转结余）",
            "publicInitial", "公用经费 年初预算（三）",
            "publicAdjusted", "公用经费 调整预算（三）",
            "publicExecuted", "公用经费 决算（三）",
            "threePublicPrior", "“三公”经费 上年决算",
            "threePublicBudget", "“三公”经费 本年预算",
            "threePublicActual", "“三公”经费 本年决算",
            "budgetInitial", "年初预算数",
            "budgetAdjusted", "全年（调整）预算数",
            "budgetAdded", "本年追加预算数",
            "procurementPlanned", "政府采购计划",
            "procurementActual", "政府采购实际",
            "keyExpenditure", "重点项目支出");

    private BaseFigures() {
    }

    /** In the order the 基础数据表 lists them. */
    private static Map<String, String> names(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
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
