package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.List;
import org.selfeval.model.Report;
import org.selfeval.scoring.DepartmentScore;

/**
 * R29a: the 自评得分 of 四、评价结论 is the total of the department sheet (部门整体支出绩效自评表). A typed score
 * that differs from the sheet's is an 错误 naming both; while rows are unscored, a 提示 says the score
 * cannot be checked yet.
 */
public final class DepartmentScoreRule implements AuditRule {
    static final String ID = "R29a";
    private static final String SOURCE = "部门整体支出绩效自评表：自评得分 = 各指标得分之和（含地区的封顶与扣分）";
    private static final Location WHERE = new Location(Location.CONCLUSION, "conclusion.score");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        BigDecimal typed = report.conclusion().score();
        var sheet = DepartmentScore.of(report);
        if (typed == null || sheet.isEmpty() || report.departmentSheet().isEmpty()) {
            return List.of();
        }
        DepartmentScore s = sheet.get();
        if (s.total().isEmpty()) {
            return List.of(new Finding(ID, Severity.INFO, "部门整体支出绩效自评表还有 " + s.unscored() + " 项未评分，填报的自评得分 "
                    + Compare.score(typed) + " 分暂不能核对", WHERE, SOURCE));
        }
        BigDecimal total = s.total().get();
        if (total.compareTo(typed) == 0) {
            return List.of();
        }
        String how = s.cap().map(c -> "（执行率低于 " + Compare.score(c.rateBelowPct()) + "% 封顶 " + Compare.score(c.maxScore())
                + " 分）").orElse("") + (s.deduction().signum() > 0 ? "（含超目标扣 " + Compare.score(s.deduction()) + " 分）" : "");
        return List.of(new Finding(ID, Severity.ERROR, "填报的自评得分 " + Compare.score(typed) + " 分，与部门整体支出绩效自评表计算的 "
                + Compare.score(total) + " 分不一致" + how, WHERE, SOURCE));
    }
}
