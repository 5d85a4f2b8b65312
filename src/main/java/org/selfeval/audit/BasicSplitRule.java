package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.List;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.Money;
import org.selfeval.model.Report;

/**
 * R3d: where 基本支出 is split (决算 table 6), 人员经费 + 公用经费 = 基本支出; with only one part given,
 * it does not exceed 基本支出.
 */
public final class BasicSplitRule implements AuditRule {
    static final String ID = "R3d";
    private static final String SOURCE = "部门决算一般公共预算财政拨款基本支出决算表：基本支出 = 人员经费 + 公用经费";
    private static final Location WHERE = new Location(Location.FINANCES, "finances.personnelExpenses");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        Finances f = report.finances();
        if (!f.hasBasicSplit() || !f.expenditure().containsKey(ExpenditureCategory.BASIC)) {
            return List.of();
        }
        BigDecimal basic = f.expenditure(ExpenditureCategory.BASIC);
        BigDecimal parts = Money.orZero(f.personnelExpenses()).add(Money.orZero(f.publicExpenses()));
        boolean both = f.personnelExpenses() != null && f.publicExpenses() != null;
        boolean finer = StatedFigures.finer(f.personnelExpenses(), f.publicExpenses(), basic);
        BigDecimal diff = Money.shown(parts).subtract(Money.shown(basic)).abs();
        if (both && diff.signum() != 0 && !(finer && diff.compareTo(StatedFigures.CENT) <= 0)) {
            return List.of(new Finding(ID, Severity.ERROR, "人员经费 " + Compare.money(f.personnelExpenses()) + " 万元 + 公用经费 "
                    + Compare.money(f.publicExpenses()) + " 万元 = " + Compare.money(parts) + " 万元，与基本支出 "
                    + Compare.money(basic) + " 万元不符", WHERE, SOURCE));
        }
        if (!both && parts.compareTo(basic) > 0) {
            String which = f.personnelExpenses() != null ? "人员经费" : "公用经费";
            return List.of(new Finding(ID, Severity.ERROR, which + " " + Compare.money(parts) + " 万元超过基本支出 "
                    + Compare.money(basic) + " 万元", WHERE, SOURCE));
        }
        return List.of();
    }
}
