package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Project;

/** R6: a project's 执行率 below the regional threshold (Sichuan 90 %) needs a written 原因. */
public final class LowExecutionRule implements ProjectRule {
    static final String ID = "R6";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        BigDecimal threshold = context.profile().lowExecutionPct();
        List<Finding> out = new ArrayList<>();
        BudgetFigures total = p.totalFunds();
        Optional<BigDecimal> rate = total.executionRate();
        if (rate.isEmpty() || rate.get().compareTo(threshold) >= 0 || !p.executionNote().isBlank()) {
            return out;
        }
        out.add(new Finding(ID, Severity.WARNING, ProjectNames.of(p) + "执行率 " + Compare.percent(rate.get()) + "（执行 "
                + Compare.money(total.executed()) + " ÷ 预算 " + Compare.money(total.effectiveBudget()) + " 万元），低于 "
                + Compare.score(threshold) + "%，须在“原因”栏说明",
                ProjectNames.table(i, "executionNote"), "四川 510000_0013zp 填报说明 1"));
        return out;
    }
}
