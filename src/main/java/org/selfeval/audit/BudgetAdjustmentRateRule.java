package org.selfeval.audit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.selfeval.model.DepartmentSheet;
import org.selfeval.model.Report;

/**
 * R29c: a department budget adjusted by more than 30 % (全年预算数 against 年初预算数) needs its reason
 * (peer systems' rule: "预算调整超过30%须说明原因").
 */
public final class BudgetAdjustmentRateRule implements AuditRule {
    static final String ID = "R29c";
    private static final BigDecimal LIMIT = BigDecimal.valueOf(30);
    private static final String SOURCE = "预算绩效管理一体化系统：预算调整率超过 30% 须说明原因";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        DepartmentSheet s = report.departmentSheet();
        if (s.budgetInitial() == null || s.budgetAdjusted() == null || s.budgetInitial().signum() == 0
                || !s.adjustmentReason().isBlank()) {
            return List.of();
        }
        BigDecimal rate = s.budgetAdjusted().subtract(s.budgetInitial()).abs().multiply(BigDecimal.valueOf(100))
                .divide(s.budgetInitial(), MathContext.DECIMAL64);
        if (rate.compareTo(LIMIT) <= 0) {
            return List.of();
        }
        return List.of(new Finding(ID, Severity.WARNING, "部门预算由年初 " + Compare.money(s.budgetInitial()) + " 万元调整为 "
                + Compare.money(s.budgetAdjusted()) + " 万元，调整率 " + Compare.percent(rate) + "，超过 30%，须说明调整原因",
                new Location(Location.CONCLUSION, "departmentSheet.adjustmentReason"), SOURCE));
    }
}
