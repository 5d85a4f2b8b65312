package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;

/** R15: a numeric target needs a numeric 完成值 in the same unit (not "完成"). */
public final class NumericActualRule implements ProjectRule {
    static final String ID = "R15";
    private static final String SOURCE = "财预〔2020〕10号：定量指标应填写定量的完成值";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        for (int j = 0; j < p.indicators().size(); j++) {
            Indicator row = p.indicators().get(j);
            if (!row.nature().isQuantitative() || CellNumbers.parse(row.target()).isEmpty()) {
                continue;
            }
            if (row.actual().isBlank()) {
                out.add(new Finding(ID, Severity.WARNING, ProjectNames.of(p, row) + "未填完成值", ProjectNames.row(i, j, "actual"), SOURCE));
            } else if (CellNumbers.parse(row.actual()).isEmpty()) {
                out.add(new Finding(ID, Severity.ERROR, ProjectNames.of(p, row) + "指标值为 " + row.target() + row.unit()
                        + "，完成值却写作“" + row.actual() + "”，应填同一单位的数值", ProjectNames.row(i, j, "actual"), SOURCE));
            }
        }
        return out;
    }
}
