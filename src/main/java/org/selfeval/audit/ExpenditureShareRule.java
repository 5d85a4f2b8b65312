package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finances;
import org.selfeval.model.Report;

/** R3b: each expenditure share "占p%" in the 支出 paragraph equals category / 支出合计 × 100. */
public final class ExpenditureShareRule implements AuditRule {
    static final String ID = "R3b";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        Finances f = report.finances();
        List<Finding> out = new ArrayList<>();
        for (String message : Breakdown.shareMismatches(f.expenditureText(), "支出", Terms.EXPENDITURE_TOTAL, f.expenditureTotal(), ExpenditureTextRule.parts(report))) {
            out.add(new Finding(ID, Severity.ERROR, message, ExpenditureTextRule.WHERE, "占比 = 分项 ÷ 合计 × 100（两位小数）"));
        }
        return out;
    }
}
