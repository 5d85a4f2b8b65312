package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finances;
import org.selfeval.model.Report;

/** R2: each income share "占p%" in the 收入 paragraph equals source / 收入合计 × 100. */
public final class IncomeShareRule implements AuditRule {
    static final String ID = "R2";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        Finances f = report.finances();
        List<Finding> out = new ArrayList<>();
        for (String message : Breakdown.shareMismatches(f.incomeText(), "收入", Terms.INCOME_TOTAL, f.incomeTotal(), IncomeTextRule.parts(f))) {
            out.add(new Finding(ID, Severity.ERROR, message, IncomeTextRule.WHERE, "占比 = 分项 ÷ 合计 × 100（两位小数）"));
        }
        return out;
    }
}
