package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Money;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/**
 * R23: when the 项目年度目标 lists two or more sub-amounts, they add up to the project budget; when
 * 年度目标完成情况 lists two or more, they add up to 执行数. A text that also states the total itself
 * (one amount equal to the sum of the others) is understood.
 */
public final class GoalAmountsRule implements AuditRule {
    static final String ID = "R23";
    private static final String SOURCE = "domain.md §3 R23";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < report.projects().size(); i++) {
            Project p = report.projects().get(i);
            BudgetFigures total = p.totalFunds();
            check(out, i, p, "annualGoal", "项目年度目标", "预算", total.effectiveBudget());
            check(out, i, p, "goalCompletion", "年度目标完成情况", "执行数", total.executed());
        }
        return out;
    }

    private static void check(List<Finding> out, int i, Project p, String field, String label, String what, BigDecimal figure) {
        String text = field.equals("annualGoal") ? p.annualGoal() : p.goalCompletion();
        List<TextFigures.Figure> amounts = TextFigures.amounts(text);
        if (amounts.size() < 2 || figure == null) {
            return;
        }
        BigDecimal sum = Money.ZERO;
        BigDecimal largest = Money.ZERO;
        for (TextFigures.Figure f : amounts) {
            sum = sum.add(f.value());
            largest = largest.max(f.value());
        }
        BigDecimal partsOnly = sum.subtract(largest);
        if (sum.compareTo(figure) == 0 || (largest.compareTo(figure) == 0 && partsOnly.compareTo(figure) == 0)) {
            return;
        }
        out.add(new Finding(ID, Severity.WARNING, ProjectNames.of(p) + label + "所列分项金额合计 " + Compare.money(sum)
                + " 万元，与" + what + " " + Compare.money(figure) + " 万元不符", ProjectNames.table(i, field), SOURCE));
    }
}
