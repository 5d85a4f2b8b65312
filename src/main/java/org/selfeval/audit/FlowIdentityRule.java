package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Carryover;
import org.selfeval.model.Finances;
import org.selfeval.model.Report;

/**
 * R5: 年初结转结余 + 收入 − 支出 = 年末结转结余. When 支出 exceeds 收入 and 年初结转结余 is not stated,
 * asks for it, and says which prior-year figure the text's "较上年" percentage implies.
 */
public final class FlowIdentityRule implements AuditRule {
    static final String ID = "R5";
    private static final String SOURCE = "部门决算：年初结转结余 + 本年收入 − 本年支出 = 年末结转结余";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        Finances f = report.finances();
        Carryover c = f.carryover();
        BigDecimal income = f.incomeTotal();
        BigDecimal spent = f.expenditureTotal();
        Location where = new Location(Location.FINANCES, "finances.carryover.priorYearTotal");
        if (c.priorYearTotal() != null) {
            BigDecimal end = c.priorYearTotal().add(income).subtract(spent);
            if (end.compareTo(c.total()) == 0) {
                return List.of();
            }
            return List.of(new Finding(ID, Severity.ERROR, "年初结转结余 " + Compare.money(c.priorYearTotal()) + " + 收入 "
                    + Compare.money(income) + " − 支出 " + Compare.money(spent) + " = " + Compare.money(end)
                    + " 万元，但年末结转结余为 " + Compare.money(c.total()) + " 万元", where, SOURCE));
        }
        if (spent.compareTo(income) <= 0) {
            return List.of();
        }
        StringBuilder m = new StringBuilder("支出合计 " + Compare.money(spent) + " 万元大于收入合计 " + Compare.money(income)
                + " 万元（多 " + Compare.money(spent.subtract(income)) + " 万元），但未写明年初结转结余");
        Optional<CarryoverChange> change = CarryoverChange.in(f.carryoverText(), report.year());
        Optional<BigDecimal> implied = change.flatMap(ch -> ch.impliedPrior(c.total()));
        if (implied.isPresent()) {
            BigDecimal end = implied.get().add(income).subtract(spent);
            m.append("；按正文“较").append(change.get().year()).append("年度").append(change.get().written())
                    .append("”推算，上年末结转约 ").append(Compare.money(implied.get())).append(" 万元，")
                    .append(Compare.money(implied.get())).append(" + ").append(Compare.money(income)).append(" − ")
                    .append(Compare.money(spent)).append(" = ").append(Compare.money(end)).append(" 万元，")
                    .append(end.compareTo(c.total()) == 0 ? "与" : "不等于").append("年末结转 ")
                    .append(Compare.money(c.total())).append(" 万元").append(end.compareTo(c.total()) == 0 ? "相符" : "");
        }
        m.append("。请写明年初结转结余及其使用");
        return List.of(new Finding(ID, Severity.WARNING, m.toString(), where, SOURCE));
    }
}
