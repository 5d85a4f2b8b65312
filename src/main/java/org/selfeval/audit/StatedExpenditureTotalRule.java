package org.selfeval.audit;

import java.util.List;
import org.selfeval.model.Finances;
import org.selfeval.model.Report;

/** R3c: a 支出合计 the document states equals the sum of the expenditure categories. */
public final class StatedExpenditureTotalRule implements AuditRule {
    static final String ID = "R3c";
    private static final String SOURCE = "部门决算支出决算表：本年支出合计 = 各类支出之和";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        Finances f = report.finances();
        return StatedFigures.chapterTotal(ID, "支出合计", f.statedExpenditureTotal(), f.expenditureTotal(), f.expenditure().values(), "finances.statedExpenditureTotal", SOURCE);
    }
}
