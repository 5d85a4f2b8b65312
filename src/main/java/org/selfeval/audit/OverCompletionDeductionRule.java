package org.selfeval.audit;

import org.selfeval.profile.RegionalProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;

/**
 * P2 (regional setting): an indicator completed the threshold (30 %) or more above its target was
 * set too low; the region deducts a fixed number of points (Sichuan profile: 2) from its score.
 */
public final class OverCompletionDeductionRule implements ProjectRule {
    static final String ID = "P2";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        RegionalProfile profile = context.profile();
        BigDecimal deduction = profile.overCompletionDeduction();
        List<Finding> out = new ArrayList<>();
        if (deduction.signum() <= 0) {
            return out;
        }
        for (int j = 0; j < p.indicators().size(); j++) {
            Indicator row = p.indicators().get(j);
            Optional<Deviation> d = Deviation.of(row, profile.deviationThresholdPct()).filter(Deviation::over);
            if (d.isEmpty() || row.weight() == null) {
                continue;
            }
            Optional<BigDecimal> score = ProjectScores.score(row);
            if (score.isEmpty()) {
                continue;
            }
            BigDecimal max = row.weight().subtract(deduction).max(BigDecimal.ZERO);
            if (score.get().compareTo(max) > 0) {
                out.add(new Finding(ID, Severity.WARNING, ProjectNames.of(p, row) + d.get().description() + "，指标值设定偏低，按"
                        + profile.name() + "规则应扣 " + Compare.score(deduction) + " 分（不超过 " + Compare.score(max) + " 分），实得 "
                        + Compare.score(score.get()) + " 分", ProjectNames.row(i, j, "score"),
                        profile.name() + "审核设置：超额完成扣分（同类绩效系统规则；财预〔2020〕10号 按偏离度调减）"));
            }
        }
        return out;
    }
}
