package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Project;
import org.selfeval.model.Stated;

/**
 * R7b: the 预算执行 得分 a table states is min(执行率, 100 %) × 权重 of its rows (an execution score of
 * 0 where the rate gives full marks is the common case), to 0.01 分; a blank score is an 错误.
 */
public final class StatedExecutionScoreRule implements ProjectRule {
    static final String ID = "R7b";
    private static final String SOURCE = "财预〔2020〕10号：预算执行率得分 = 执行率 × 权重";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        Stated stated = p.stated().executionScore();
        Optional<BigDecimal> score = p.executionScore();
        if (stated == null || score.isEmpty()) {
            return out;
        }
        StatedFigures.disagreement(stated, score.get(), true, " 分").ifPresent(d -> out.add(new Finding(ID, Severity.ERROR,
                ProjectNames.of(p) + "预算执行得分" + d, ProjectNames.table(i, "stated.executionScore"), SOURCE)));
        return out;
    }
}
