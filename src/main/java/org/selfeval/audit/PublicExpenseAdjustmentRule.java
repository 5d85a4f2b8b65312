package org.selfeval.audit;

import java.util.List;
import java.util.regex.Pattern;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Report;

/** R9b: an adjusted 公用经费 budget needs its reason in 支出控制情况. */
public final class PublicExpenseAdjustmentRule implements AuditRule {
    static final String ID = "R9b";
    private static final Pattern REASON = Pattern.compile("原因|由于|因为|主要是|主要系|主要用于|用于");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        BudgetFigures f = report.performance().projectAnalysis().publicExpenses();
        String text = report.performance().projectAnalysis().spendingControlText();
        if (!f.isAdjusted() || (text != null && REASON.matcher(text).find())) {
            return List.of();
        }
        return List.of(new Finding(ID, Severity.WARNING, "公用经费" + AdjustmentReasonRule.describe(f) + "，支出控制情况未说明调整原因",
                new Location(Location.PERFORMANCE, "performance.projectAnalysis.publicExpenses"), "四川 510000_0013zp 填报说明 2：预算调整须说明原因"));
    }
}
