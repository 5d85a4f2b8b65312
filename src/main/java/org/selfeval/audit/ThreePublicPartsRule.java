package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.List;
import org.selfeval.model.DepartmentSheet;
import org.selfeval.model.Money;
import org.selfeval.model.Report;

/**
 * R29d: the "三公"经费 本年决算 of the department sheet is the sum of its parts (因公出国（境）费, 公务用车购置费,
 * 公务用车运行费, 公务接待费), as 决算 table 7 adds them.
 */
public final class ThreePublicPartsRule implements AuditRule {
    static final String ID = "R29d";
    private static final String SOURCE = "部门决算财政拨款“三公”经费支出决算表：合计 = 各分项之和";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        DepartmentSheet s = report.departmentSheet();
        BigDecimal parts = s.threePublicParts().sum();
        if (parts == null || s.threePublicActual() == null
                || Money.shown(parts).compareTo(Money.shown(s.threePublicActual())) == 0) {
            return List.of();
        }
        return List.of(new Finding(ID, Severity.ERROR, "“三公”经费本年决算 " + Compare.money(s.threePublicActual())
                + " 万元，与各分项之和 " + Compare.money(parts) + " 万元不符",
                new Location(Location.CONCLUSION, "departmentSheet.threePublicActual"), SOURCE));
    }
}
