package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.selfeval.model.Indicator;
import org.selfeval.model.Report;

/**
 * R17a: "设定三级指标N个，实际完成指标M个" — M ≤ N, N equals the department's indicator rows and M the
 * rows that met their target.
 */
public final class IndicatorCountRule implements AuditRule {
    static final String ID = "R17a";
    private static final String SOURCE = "domain.md §3 R17；§5 第3项";
    static final Location WHERE = new Location(Location.PERFORMANCE, "performance.projectAnalysis.goalAchievementText");
    private static final Pattern SET = Pattern.compile("设定(?:了)?(?:三级)?指标\\s*(?:共)?\\s*" + TextFigures.NUM + "\\s*个");
    private static final Pattern DONE = Pattern.compile("(?:实际)?完成(?:三级)?指标\\s*(?:共)?\\s*" + TextFigures.NUM + "\\s*个");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        String text = report.performance().projectAnalysis().goalAchievementText();
        Optional<TextFigures.Figure> set = TextFigures.find(text, SET);
        Optional<TextFigures.Figure> done = TextFigures.find(text, DONE);
        List<Finding> out = new ArrayList<>();
        if (set.isPresent() && done.isPresent() && done.get().value().compareTo(set.get().value()) > 0) {
            out.add(new Finding(ID, Severity.ERROR, "正文写设定三级指标 " + set.get().written() + " 个，实际完成指标 "
                    + done.get().written() + " 个：完成数不能多于设定数", WHERE, SOURCE));
        }
        List<Indicator> rows = report.basics().targets().indicators();
        if (set.isPresent() && rows.isEmpty()) {
            out.add(new Finding(ID, Severity.WARNING, "正文写设定三级指标 " + set.get().written()
                    + " 个，但部门整体支出绩效目标未列出指标，无法核实", WHERE, SOURCE));
        } else if (set.isPresent() && set.get().value().intValue() != rows.size()) {
            out.add(new Finding(ID, Severity.ERROR, "正文写设定三级指标 " + set.get().written() + " 个，但部门整体指标表有 "
                    + rows.size() + " 个", WHERE, SOURCE));
        } else if (done.isPresent() && !rows.isEmpty()) {
            long met = rows.stream().filter(r -> Deviation.of(r, context.profile().deviationThresholdPct())
                    .map(Deviation::over).orElse(true)).count();
            if (done.get().value().intValue() != met) {
                out.add(new Finding(ID, Severity.WARNING, "正文写实际完成指标 " + done.get().written() + " 个，但指标表中达到指标值的有 "
                        + met + " 个", WHERE, SOURCE));
            }
        }
        return out;
    }
}
