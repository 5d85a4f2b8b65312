package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorScoring;
import org.selfeval.model.Project;
import org.selfeval.model.Scores;

/** R13: a 定性 indicator has a grade, and its score lies in the band of that grade. */
public final class QualitativeBandRule implements ProjectRule {
    static final String ID = "R13";
    private static final String SOURCE = "财预〔2020〕10号 定性指标三档";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        for (int j = 0; j < p.indicators().size(); j++) {
            Indicator row = p.indicators().get(j);
            if (row.nature().isQuantitative() || row.weight() == null) {
                continue;
            }
            if (row.grade() == null) {
                out.add(new Finding(ID, Severity.WARNING, ProjectNames.of(p, row) + "是定性指标，未选评价等级",
                        ProjectNames.row(i, j, "grade"), SOURCE));
            } else if (row.score() != null && !IndicatorScoring.withinBand(row.grade(), row.weight(), row.score())) {
                BigDecimal low = Scores.round(row.weight().multiply(row.grade().lowShare()));
                BigDecimal high = Scores.round(row.weight().multiply(row.grade().highShare()));
                out.add(new Finding(ID, Severity.ERROR, ProjectNames.of(p, row) + "等级为“" + row.grade().label() + "”，得分应在 "
                        + Compare.score(low) + "–" + Compare.score(high) + " 分之间，实为 " + Compare.score(row.score()) + " 分",
                        ProjectNames.row(i, j, "score"), SOURCE));
            }
        }
        return out;
    }
}
