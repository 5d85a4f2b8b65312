package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.Report;

/**
 * R3a: 支出合计 and each category's amount in the 支出 paragraph agree with the figures. A 公用经费支出
 * written there is the 公用经费 决算 of 支出控制情况, and 人员经费支出 is 基本支出 less that.
 */
public final class ExpenditureTextRule implements AuditRule, ReadsText {
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
        for (String message : Breakdown.amountMismatches(f.expenditureText(), "支出", Terms.EXPENDITURE_TOTAL, f.expenditureTotal(),
                parts(report))) {
            out.add(new Finding(ID, Severity.ERROR, message, WHERE, "部门决算支出决算表：支出合计 = 各类支出之和"));
        }
        return out;
    }

    @Override
    public List<Read> reads(Report report) {
        String text = report.finances().expenditureText();
        return text == null ? List.of() : List.of(new Read(WHERE, text, Breakdown.compares(text, Terms.EXPENDITURE_TOTAL, parts(report))));
    }

    static List<Breakdown.Part> parts(Report report) {
        Finances f = report.finances();
        List<Breakdown.Part> parts = new ArrayList<>();
        for (ExpenditureCategory c : ExpenditureCategory.values()) {
            parts.add(new Breakdown.Part(c.label(), Terms.of(c), f.expenditure(c)));
        }
        BigDecimal publicExpense = report.performance().projectAnalysis().publicExpenses().executed();
        if (publicExpense != null) {
            parts.add(new Breakdown.Part("公用经费支出", Terms.PUBLIC_EXPENSE, publicExpense, false));
            parts.add(new Breakdown.Part("人员经费支出", Terms.PERSONNEL_EXPENSE,
                    f.expenditure(ExpenditureCategory.BASIC).subtract(publicExpense), false));
        }
        return parts;
    }
}
