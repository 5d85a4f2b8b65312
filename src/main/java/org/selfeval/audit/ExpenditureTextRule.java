package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.Report;

/** R3a: 支出合计 and each category's amount in the 支出 paragraph agree with the figures. */
public final class ExpenditureTextRule implements AuditRule {
    static final String ID = "R3a";
    static final Location WHERE = new Location(Location.FINANCES, "finances.expenditureText");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        Finances f = report.finances();
        List<Finding> out = new ArrayList<>();
        for (String message : Breakdown.amountMismatches(f.expenditureText(), "支出", f.expenditureTotal(), parts(f))) {
            out.add(new Finding(ID, Severity.ERROR, message, WHERE, "domain.md §3 R3（支出合计 = Σ 支出类别）"));
        }
        return out;
    }

    static List<Breakdown.Part> parts(Finances f) {
        List<Breakdown.Part> parts = new ArrayList<>();
        for (ExpenditureCategory c : ExpenditureCategory.values()) {
            parts.add(new Breakdown.Part(c.label(), f.expenditure(c)));
        }
        return parts;
    }
}
