package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Carryover;
import org.selfeval.model.Percent;
import org.selfeval.model.Report;

/** R4b: "较上年下降/增长 p%" equals (本年结转 − 上年末结转) / 上年末结转 × 100 when 上年末 is given. */
public final class CarryoverChangeRule implements AuditRule {
    static final String ID = "R4b";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        Carryover c = report.finances().carryover();
        Optional<CarryoverChange> change = CarryoverChange.in(report.finances().carryoverText(), report.year());
        if (change.isEmpty() || c.priorYearTotal() == null || c.priorYearTotal().signum() == 0) {
            return List.of();
        }
        BigDecimal exact = Percent.of(c.total().subtract(c.priorYearTotal()), c.priorYearTotal()).orElseThrow();
        CarryoverChange ch = change.get();
        if (Compare.samePercent(ch.signed(), ch.decimals(), exact)) {
            return List.of();
        }
        String should = (exact.signum() < 0 ? "下降 " : "增长 ") + Compare.percent(exact.abs());
        return List.of(new Finding(ID, Severity.ERROR,
                "结转段落写较上年" + ch.written() + "，但年末结转 " + Compare.money(c.total()) + " 万元对上年末 "
                        + Compare.money(c.priorYearTotal()) + " 万元应为" + should,
                CarryoverTextRule.WHERE, "结转结余变动率 = (本年 − 上年) ÷ 上年"));
    }
}
