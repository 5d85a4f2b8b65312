package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Indicator;
import org.selfeval.model.Report;
import org.selfeval.recognise.Figure;
import org.selfeval.recognise.Reading;
import org.selfeval.recognise.Recogniser;

/**
 * R17a: "设定三级指标N个，实际完成指标M个" — M ≤ N, N equals the department's indicator rows and M the
 * rows that met their target. A completed count above the set count is one 错误; it is not also
 * compared with the rows met.
 */
public final class IndicatorCountRule implements AuditRule, ReadsText {
    static final String ID = "R17a";
    private static final String SOURCE = "财预〔2020〕10号：完成指标数不超过设定指标数";
    static final Location WHERE = new Location(Location.PERFORMANCE, "performance.projectAnalysis.goalAchievementText");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        String text = report.performance().projectAnalysis().goalAchievementText();
        Reading reading = Recogniser.read(text);
        Optional<Figure> set = Counts.first(reading, IndicatorCountRule::isSet);
        Optional<Figure> done = Counts.first(reading, IndicatorCountRule::isDone);
        List<Finding> out = new ArrayList<>();
        boolean doneTooMany = set.isPresent() && done.isPresent() && done.get().value().compareTo(set.get().value()) > 0;
        if (doneTooMany) {
            out.add(new Finding(ID, Severity.ERROR, "正文写设定三级指标 " + set.get().written() + " " + set.get().unit().written() + "，实际完成指标 "
                    + done.get().written() + " " + done.get().unit().written() + "：完成数不能多于设定数", WHERE, SOURCE));
        }
        List<Indicator> rows = report.basics().targets().indicators();
        if (set.isPresent() && rows.isEmpty()) {
            out.add(new Finding(ID, Severity.WARNING, "正文写设定三级指标 " + set.get().written()
                    + " 个，但部门整体支出绩效目标未列出指标，无法核实", WHERE, SOURCE));
        } else if (set.isPresent() && set.get().value().intValue() != rows.size()) {
            out.add(new Finding(ID, Severity.ERROR, "正文写设定三级指标 " + set.get().written() + " " + set.get().unit().written() + "，但部门整体指标表有 "
                    + rows.size() + " 个", WHERE, SOURCE));
        } else if (done.isPresent() && !rows.isEmpty() && !doneTooMany) {
            long met = rows.stream().filter(r -> Deviation.of(r, context.profile().deviationThresholdPct())
                    .map(Deviation::over).orElse(true)).count();
            if (done.get().value().intValue() != met) {
                out.add(new Finding(ID, Severity.WARNING, "正文写实际完成指标 " + done.get().written() + " " + done.get().unit().written() + "，但指标表中达到指标值的有 "
                        + met + " 个", WHERE, SOURCE));
            }
        }
        return out;
    }

    @Override
    public List<Read> reads(Report report) {
        return Counts.reads(report, IndicatorCountRule::isSet, IndicatorCountRule::isDone);
    }

    /** "设定三级指标13个", "共设置绩效指标15项", "设置15项绩效指标". */
    static boolean isSet(Figure f) {
        return (f.label().contains("设定") || f.label().contains("设置")) && (f.label() + f.noun()).contains("指标")
                && !f.label().contains("完成");
    }

    /** "实际完成指标17个". */
    static boolean isDone(Figure f) {
        return f.label().contains("完成") && !f.label().contains("未完成") && (f.label() + f.noun()).contains("指标");
    }
}
