package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;
import org.selfeval.model.Stated;

/**
 * R11b: the 合计 (总分) a table states is the sum of its own 得分 cells — the 预算执行 得分 and every
 * indicator's (each as the table states it, or as computed where it states none), to 0.01 分.
 */
public final class StatedTotalScoreRule implements ProjectRule {
    static final String ID = "R11b";
    private static final String SOURCE = "财预〔2020〕10号：总分由各项指标得分汇总形成";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        Stated stated = p.stated().totalScore();
        Optional<BigDecimal> sum = sumOfCells(p);
        if (stated == null || sum.isEmpty()) {
            return out;
        }
        StatedFigures.disagreement(stated, sum.get(), true, " 分").ifPresent(d -> out.add(new Finding(ID, Severity.ERROR,
                ProjectNames.of(p) + "合计得分" + d, ProjectNames.table(i, "stated.totalScore"), SOURCE)));
        return out;
    }

    static Optional<BigDecimal> sumOfCells(Project p) {
        Stated execution = p.stated().executionScore();
        Optional<BigDecimal> total = execution != null && !execution.isBlank() ? execution.figure() : p.executionScore();
        for (Indicator row : p.indicators()) {
            Optional<BigDecimal> s = ProjectScores.score(row);
            if (total.isEmpty() || s.isEmpty()) {
                return Optional.empty();
            }
            total = Optional.of(total.get().add(s.get()));
        }
        return total;
    }
}
