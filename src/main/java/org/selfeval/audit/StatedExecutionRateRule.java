package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Project;
import org.selfeval.model.Stated;

/**
 * R6b: the 预算执行率 a table states is 执行数 ÷ 调整后预算数 of its rows (Sichuan form instruction 1),
 * to 0.01 percentage points; a blank rate where the rows give one is an 错误.
 */
public final class StatedExecutionRateRule implements ProjectRule {
    static final String ID = "R6b";
    private static final String SOURCE = "四川省项目支出绩效自评表填报说明：预算执行率 = 预算执行数 ÷ 调整后预算数";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        Stated stated = p.stated().executionRate();
        Optional<BigDecimal> rate = p.totalFunds().executionRate();
        if (stated == null || rate.isEmpty()) {
            return out;
        }
        StatedFigures.disagreement(stated, rate.get(), true, "%").ifPresent(d -> out.add(new Finding(ID, Severity.ERROR,
                ProjectNames.of(p) + "预算执行率" + d, ProjectNames.table(i, "stated.executionRate"), SOURCE)));
        return out;
    }
}
