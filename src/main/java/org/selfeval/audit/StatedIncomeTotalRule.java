package org.selfeval.audit;

import java.util.List;
import org.selfeval.model.Finances;
import org.selfeval.model.Report;

/** R1b: a 收入合计 the document states equals the sum of the income sources. */
public final class StatedIncomeTotalRule implements AuditRule {
    static final String ID = "R1b";
    private static final String SOURCE = "部门决算收入支出决算总表：本年收入合计 = 各项收入之和";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        Finances f = report.finances();
        return StatedFigures.chapterTotal(ID, "收入合计", f.statedIncomeTotal(), f.incomeTotal(), f.income().values(), "finances.statedIncomeTotal", SOURCE);
    }
}
