package org.selfeval.audit;

import org.selfeval.profile.RegionalProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorScoring;
import org.selfeval.model.Project;

/**
 * R12: a stated score of a quantitative indicator agrees with the formula (domain.md §1.3) within
 * 0.01; where the region deducts points for over-completion, the deducted score is accepted too.
 */
public final class QuantitativeScoreRule implements ProjectRule {
    static final String ID = "R12";
    private static final BigDecimal CENT = new BigDecimal("0.01");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        for (int j = 0; j < p.indicators().size(); j++) {
            Indicator row = p.indicators().get(j);
            if (row.score() == null || !row.nature().isQuantitative()) {
                continue;
            }
            Optional<BigDecimal> formula = IndicatorScoring.compute(row.withScore(null));
            if (formula.isEmpty() || close(row.score(), formula.get()) || deducted(row, formula.get(), context.profile())) {
                continue;
            }
            out.add(new Finding(ID, Severity.WARNING, ProjectNames.of(p, row) + "得分 " + Compare.score(row.score())
                    + " 分，按公式（指标值 " + row.nature().symbol() + row.target() + "，完成值 " + row.actual() + "，权重 "
                    + Compare.score(row.weight()) + "）应为 " + Compare.score(formula.get()) + " 分",
                    ProjectNames.row(i, j, "score"), "财预〔2020〕10号 评分方法：未完成指标值的按完成值与指标值的比例记分"));
        }
        return out;
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(CENT) <= 0;
    }

    private static boolean deducted(Indicator row, BigDecimal formula, RegionalProfile profile) {
        BigDecimal d = profile.overCompletionDeduction();
        return d.signum() > 0 && Deviation.of(row, profile.deviationThresholdPct()).map(Deviation::over).orElse(false)
                && close(row.score(), formula.subtract(d).max(BigDecimal.ZERO));
    }
}
