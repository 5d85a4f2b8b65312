package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectStated;
import org.selfeval.model.Stated;

/**
 * R8b: the 总额 (年度资金总额) row a table states equals the sum of its source rows, column by column
 * (年初预算, 调整后预算数, 预算执行数). A total row of 0 / 0 / 0 over rows that add up to something, or a
 * blank cell, is an 错误 naming both figures.
 */
public final class StatedFundTotalRule implements ProjectRule {
    static final String ID = "R8b";
    private static final String SOURCE = "项目支出绩效自评表：年度资金总额 = 各资金来源之和";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        ProjectStated s = p.stated();
        BudgetFigures total = p.totalFunds();
        boolean finer = p.funds().values().stream().anyMatch(f -> StatedFigures.finer(f.initial(), f.adjusted(), f.executed()));
        List<String> wrong = new ArrayList<>();
        column(wrong, "年初预算", s.totalInitial(), total.initial(), finer);
        column(wrong, "调整后预算数", s.totalAdjusted(), total.effectiveBudget(), finer);
        column(wrong, "预算执行数", s.totalExecuted(), total.executed(), finer);
        if (!wrong.isEmpty()) {
            out.add(new Finding(ID, Severity.ERROR, ProjectNames.of(p) + "总额行" + String.join("；", wrong),
                    ProjectNames.table(i, "stated.total"), SOURCE));
        }
        return out;
    }

    private static void column(List<String> out, String label, Stated stated, java.math.BigDecimal computed, boolean finer) {
        Optional<String> d = StatedFigures.disagreement(stated, computed == null ? java.math.BigDecimal.ZERO : computed, finer, " 万元");
        d.ifPresent(text -> out.add("“" + label + "”" + text));
    }
}
