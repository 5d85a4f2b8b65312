package org.selfeval.audit;

import org.selfeval.profile.RegionalProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;
import org.selfeval.model.Scores;

/**
 * R10: 预算执行 weight + all indicator weights = 100; where the region fixes the 一级指标 split
 * (national 50/30/10), a different split is noted.
 */
public final class WeightTotalRule implements ProjectRule {
    static final String ID = "R10";
    private static final String SOURCE = "财预〔2020〕10号 单位自评权重";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        if (p.indicators().isEmpty()) {
            out.add(new Finding(ID, Severity.INFO, ProjectNames.of(p) + "没有绩效指标行，自评表只有预算执行 "
                    + Compare.score(p.executionWeight()) + " 分", ProjectNames.table(i, "indicators"), SOURCE));
            return out;
        }
        BigDecimal total = p.totalWeight();
        if (total.compareTo(Scores.HUNDRED) != 0) {
            out.add(new Finding(ID, Severity.ERROR, ProjectNames.of(p) + "权重合计 " + Compare.score(total) + " 分（预算执行 "
                    + Compare.score(p.executionWeight()) + " + 指标 " + Compare.score(total.subtract(p.executionWeight()))
                    + "），应为 100 分", ProjectNames.table(i, "indicators"), SOURCE));
        }
        level1(out, i, p, context.profile());
        return out;
    }

    private static void level1(List<Finding> out, int i, Project p, RegionalProfile profile) {
        if (profile.level1Weights().isEmpty()) {
            return;
        }
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (Indicator row : p.indicators()) {
            if (row.weight() != null) {
                sums.merge(row.level1(), row.weight(), BigDecimal::add);
            }
        }
        profile.level1Weights().forEach((level1, expected) -> {
            BigDecimal actual = sums.getOrDefault(level1, BigDecimal.ZERO);
            if (actual.compareTo(expected) != 0) {
                out.add(new Finding(ID, Severity.INFO, ProjectNames.of(p) + "一级指标「" + level1 + "」权重 " + Compare.score(actual)
                        + " 分，" + profile.name() + "默认为 " + Compare.score(expected) + " 分（如有调整请说明）",
                        ProjectNames.table(i, "indicators"), SOURCE));
            }
        });
    }
}
