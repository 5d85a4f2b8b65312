package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;

/**
 * R14a: an indicator short of its target, or completed the profile's threshold (30 %) or more
 * above it, needs its 偏差原因分析 (Sichuan: 未完成原因分析).
 */
public final class DeviationReasonRule implements ProjectRule {
    static final String ID = "R14a";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        for (int j = 0; j < p.indicators().size(); j++) {
            Indicator row = p.indicators().get(j);
            if (!row.deviationReason().isBlank()) {
                continue;
            }
            Optional<Deviation> d = Deviation.of(row, context.profile().deviationThresholdPct());
            if (d.isPresent()) {
                out.add(new Finding(ID, Severity.WARNING, ProjectNames.of(p, row) + d.get().description()
                        + "，须填写偏差原因分析及改进措施", ProjectNames.row(i, j, "deviationReason"),
                        "财预〔2020〕10号 偏差分析"));
            }
        }
        return out;
    }
}
