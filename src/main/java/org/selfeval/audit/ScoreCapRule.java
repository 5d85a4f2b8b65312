package org.selfeval.audit;

import org.selfeval.profile.RegionalProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Project;

/**
 * P1 (regional setting): a project's total score is capped by its execution rate (Sichuan profile:
 * 70–80 % → ≤ 89, 60–70 % → ≤ 79, below 60 % → ≤ 69, below 50 % → ≤ 59).
 */
public final class ScoreCapRule implements ProjectRule {
    static final String ID = "P1";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        Optional<BigDecimal> rate = p.totalFunds().executionRate();
        Optional<RegionalProfile.ScoreCap> cap = rate.flatMap(context.profile()::capFor);
        Optional<BigDecimal> total = cap.isPresent() ? ProjectScores.total(p) : Optional.empty();
        if (cap.isPresent() && total.isPresent() && total.get().compareTo(cap.get().maxScore()) > 0) {
            out.add(new Finding(ID, Severity.WARNING, ProjectNames.of(p) + "执行率 " + Compare.percent(rate.get()) + "，低于 "
                    + Compare.score(cap.get().rateBelowPct()) + "%，总分不应超过 " + Compare.score(cap.get().maxScore())
                    + " 分，自评表合计为 " + Compare.score(total.get()) + " 分",
                    ProjectNames.table(i, "indicators"), context.profile().name() + "审核设置：执行率封顶总分（同类绩效系统规则）"));
        }
        return out;
    }
}
