package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Report;

/** R26b: the 公用经费 sentence of 支出控制情况 (年初 / 调整 / 决算 / 执行率) equals the 公用经费 figures. */
public final class PublicExpenseTextRule implements AuditRule, ReadsText {
    static final String ID = "R26b";

    @Override
    public String id() {
        return ID;
    }

    static final Location WHERE = new Location(Location.PERFORMANCE, "performance.projectAnalysis.spendingControlText");

    @Override
    public List<Read> reads(Report report) {
        var a = report.performance().projectAnalysis();
        String text = a.spendingControlText();
        return text == null || text.isBlank() ? List.of()
                : List.of(new Read(WHERE, text, !a.publicExpenses().isEmpty() && BudgetText.compares(text, a.publicExpenses(), Optional::empty)));
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        var a = report.performance().projectAnalysis();
        List<Finding> out = new ArrayList<>();
        if (a.publicExpenses().isEmpty()) {
            return out;
        }
        for (String m : BudgetText.mismatches(a.spendingControlText(), "公用经费", a.publicExpenses(), Optional::empty)) {
            out.add(new Finding(ID, Severity.ERROR, m, WHERE, "正文与自评表数字一致（文数一致）"));
        }
        return out;
    }
}
