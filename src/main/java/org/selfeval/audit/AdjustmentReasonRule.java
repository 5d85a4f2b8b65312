package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Percent;
import org.selfeval.model.Project;

/** R9a: a project whose 调整后预算 differs from its 年初预算 needs an adjustment reason. */
public final class AdjustmentReasonRule implements ProjectRule {
    static final String ID = "R9a";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        BudgetFigures total = p.totalFunds();
        if (total.isAdjusted() && p.adjustmentReason().isBlank()) {
            out.add(new Finding(ID, Severity.WARNING, ProjectNames.of(p) + describe(total) + "，未说明调整原因",
                    ProjectNames.table(i, "adjustmentReason"), "四川 510000_0013zp 填报说明 2"));
        }
        return out;
    }

    /** "年初预算 157.30 万元调整为 133.47 万元（调减 23.83 万元，15.15%）". */
    static String describe(BudgetFigures f) {
        BigDecimal change = f.adjusted().subtract(f.initial());
        String pct = Percent.of(change.abs(), f.initial()).map(Compare::percent).map(s -> "，" + s).orElse("");
        return "年初预算 " + Compare.money(f.initial()) + " 万元调整为 " + Compare.money(f.adjusted()) + " 万元（"
                + (change.signum() < 0 ? "调减 " : "调增 ") + Compare.money(change.abs()) + " 万元" + pct + "）";
    }
}
