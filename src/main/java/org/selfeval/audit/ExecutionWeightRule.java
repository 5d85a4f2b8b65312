package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Project;

/** R7: the 预算执行 weight (its score is min(执行率, 100 %) × weight) is the region's (10). */
public final class ExecutionWeightRule implements ProjectRule {
    static final String ID = "R7";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        if (p.executionWeight().compareTo(context.profile().executionWeight()) != 0) {
            out.add(new Finding(ID, Severity.WARNING, ProjectNames.of(p) + "预算执行权重为 " + Compare.score(p.executionWeight())
                    + " 分，" + context.profile().name() + "规定为 " + Compare.score(context.profile().executionWeight()) + " 分",
                    ProjectNames.table(i, "executionWeight"), "财预〔2020〕10号：预算执行率得分 = 执行率 × 权重"));
        }
        return out;
    }
}
