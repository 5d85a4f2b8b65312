package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Finances;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Report;

/**
 * R1: 收入合计 and each source's amount in the 收入 paragraph agree with the figures; a 财政拨款收入 written
 * as one amount is the three 财政拨款 sources together.
 */
public final class IncomeTextRule implements AuditRule, ReadsText {
    static final String ID = "R1";
    static final Location WHERE = new Location(Location.FINANCES, "finances.incomeText");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        Finances f = report.finances();
        List<Finding> out = new ArrayList<>();
        for (String message : Breakdown.amountMismatches(f.incomeText(), "收入", Terms.INCOME_TOTAL, f.incomeTotal(), parts(f))) {
            out.add(new Finding(ID, Severity.ERROR, message, WHERE, "部门决算收入支出决算总表：收入合计 = 各项收入之和"));
        }
        return out;
    }

    @Override
    public List<Read> reads(Report report) {
        String text = report.finances().incomeText();
        return text == null ? List.of()
                : List.of(new Read(WHERE, text, Breakdown.compares(text, Terms.INCOME_TOTAL, parts(report.finances()))));
    }

    static List<Breakdown.Part> parts(Finances f) {
        List<Breakdown.Part> parts = new ArrayList<>();
        for (IncomeSource s : IncomeSource.values()) {
            parts.add(new Breakdown.Part(s.label(), Terms.of(s), f.income(s)));
        }
        BigDecimal fiscal = f.income(IncomeSource.GENERAL_PUBLIC_BUDGET).add(f.income(IncomeSource.GOVERNMENT_FUND))
                .add(f.income(IncomeSource.STATE_CAPITAL));
        parts.add(new Breakdown.Part("财政拨款收入", Terms.FISCAL_INCOME, fiscal, false));
        return parts;
    }
}
