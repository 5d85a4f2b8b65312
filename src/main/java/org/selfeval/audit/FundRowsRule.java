package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Project;

/**
 * R8: the 总额 row is the sum of the source rows (by construction), so each source row must be
 * complete: an 执行数 needs a budget, an 调整后预算 needs an 年初预算, and 执行数 must not exceed the budget.
 */
public final class FundRowsRule implements ProjectRule {
    static final String ID = "R8";
    private static final String SOURCE = "项目支出绩效自评表：年度资金总额 = 各资金来源之和";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<FundSource, BudgetFigures> e : p.funds().entrySet()) {
            BudgetFigures f = e.getValue();
            String row = ProjectNames.of(p) + "“" + e.getKey().sichuanLabel() + "”行";
            Location where = ProjectNames.table(i, "funds." + e.getKey().name());
            if (f.executed() != null && f.effectiveBudget() == null) {
                out.add(new Finding(ID, Severity.ERROR, row + "有执行数 " + Compare.money(f.executed()) + " 万元，但没有预算数",
                        where, SOURCE));
            } else if (f.executed() != null && f.executed().compareTo(f.effectiveBudget()) > 0) {
                out.add(new Finding(ID, Severity.WARNING, row + "执行数 " + Compare.money(f.executed()) + " 万元超过预算 "
                        + Compare.money(f.effectiveBudget()) + " 万元", where, SOURCE));
            }
            if (f.adjusted() != null && f.initial() == null) {
                out.add(new Finding(ID, Severity.WARNING, row + "有调整后预算 " + Compare.money(f.adjusted())
                        + " 万元，但没有年初预算", where, SOURCE));
            }
        }
        return out;
    }
}
