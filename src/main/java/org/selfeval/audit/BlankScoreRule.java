package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorScoring;
import org.selfeval.model.Project;

/** R11c: a 得分 cell the table leaves blank is an 错误; the message gives the score the formula gives. */
public final class BlankScoreRule implements ProjectRule {
    static final String ID = "R11c";
    private static final String SOURCE = "项目支出绩效自评表：每项指标均应评分";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        for (int j = 0; j < p.indicators().size(); j++) {
            Indicator row = p.indicators().get(j);
            if (!row.scoreBlank()) {
                continue;
            }
            String computed = IndicatorScoring.compute(row).map(s -> "，按公式应为 " + Compare.score(s) + " 分").orElse("");
            out.add(new Finding(ID, Severity.ERROR, ProjectNames.of(p, row) + "得分栏为空" + computed,
                    ProjectNames.row(i, j, "score"), SOURCE));
        }
        return out;
    }
}
