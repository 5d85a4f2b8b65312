package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;

/** R11: every indicator has a weight, and a stated score lies in [0, weight]. */
public final class IndicatorScoreRangeRule implements ProjectRule {
    static final String ID = "R11";
    private static final String SOURCE = "项目支出绩效自评表：得分不超过权重";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        for (int j = 0; j < p.indicators().size(); j++) {
            Indicator row = p.indicators().get(j);
            if (row.weight() == null) {
                out.add(new Finding(ID, Severity.ERROR, ProjectNames.of(p, row) + "未填权重", ProjectNames.row(i, j, "weight"), SOURCE));
            } else if (row.score() != null && row.score().compareTo(row.weight()) > 0) {
                out.add(new Finding(ID, Severity.ERROR, ProjectNames.of(p, row) + "得分 " + Compare.score(row.score())
                        + " 分，超过权重 " + Compare.score(row.weight()) + " 分", ProjectNames.row(i, j, "score"), SOURCE));
            }
        }
        return out;
    }
}
