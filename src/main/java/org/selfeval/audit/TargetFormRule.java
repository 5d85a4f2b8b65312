package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.Project;

/**
 * R16: a quantitative target is well formed: a number in 指标值, a proper unit in 度量单位 (% rather
 * than 百分比), and no comparison sign in the value that contradicts 指标性质.
 */
public final class TargetFormRule implements ProjectRule {
    static final String ID = "R16";
    private static final String SOURCE = "四川 510000_0013zp 指标性质/指标值/度量单位分栏";
    private static final Set<String> PERCENT_WORDS = Set.of("百分比", "百分之", "百分率", "百分数");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        for (int j = 0; j < p.indicators().size(); j++) {
            Indicator row = p.indicators().get(j);
            if (!row.nature().isQuantitative()) {
                continue;
            }
            String who = ProjectNames.of(p, row);
            if (CellNumbers.parse(row.target()).isEmpty()) {
                out.add(new Finding(ID, Severity.ERROR, who + "指标值“" + row.target() + "”不是一个数值",
                        ProjectNames.row(i, j, "target"), SOURCE));
                continue;
            }
            Optional<IndicatorNature> sign = leadingSign(row.target());
            if (sign.isPresent() && sign.get() != row.nature()) {
                out.add(new Finding(ID, Severity.ERROR, who + "指标值“" + row.target() + "”中的符号与指标性质“"
                        + row.nature().symbol() + "”不一致", ProjectNames.row(i, j, "target"), SOURCE));
            }
            String unit = row.unit().strip();
            if (unit.isEmpty()) {
                out.add(new Finding(ID, Severity.WARNING, who + "未填度量单位", ProjectNames.row(i, j, "unit"), SOURCE));
            } else if (PERCENT_WORDS.contains(unit) || (row.target().indexOf('百') >= 0
                    && PERCENT_WORDS.stream().anyMatch(row.target()::contains))) {
                out.add(new Finding(ID, Severity.WARNING, who + "度量单位写作“" + unit + "”，应写 %",
                        ProjectNames.row(i, j, "unit"), SOURCE));
            }
        }
        return out;
    }

    private static Optional<IndicatorNature> leadingSign(String target) {
        String t = target.strip();
        int k = 0;
        while (k < t.length() && "≥≤<>=＞＜＝".indexOf(t.charAt(k)) >= 0) {
            k++;
        }
        return k == 0 ? Optional.empty() : IndicatorNature.parse(t.substring(0, k));
    }
}
