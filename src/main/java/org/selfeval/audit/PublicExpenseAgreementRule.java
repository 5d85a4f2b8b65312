package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.List;
import org.selfeval.model.Money;
import org.selfeval.model.Report;

/**
 * R3e: the 公用经费 of 基本支出 (chapter 二) and the 公用经费 决算数 of 支出控制情况 (三(二)1) are the same
 * figure; where both are given they agree.
 */
public final class PublicExpenseAgreementRule implements AuditRule {
    static final String ID = "R3e";
    private static final String SOURCE = "同一数字在报告中应一致（公用经费决算数）";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        BigDecimal split = report.finances().publicExpenses();
        BigDecimal spent = report.performance().projectAnalysis().publicExpenses().executed();
        if (split == null || spent == null || Money.shown(split).compareTo(Money.shown(spent)) == 0) {
            return List.of();
        }
        return List.of(new Finding(ID, Severity.WARNING, "二、支出中的公用经费 " + Compare.money(split) + " 万元，与三、支出控制情况的公用经费决算数 "
                + Compare.money(spent) + " 万元不一致", new Location(Location.FINANCES, "finances.publicExpenses"), SOURCE));
    }
}
