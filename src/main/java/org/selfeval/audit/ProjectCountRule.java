package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.recognise.Figure;
import org.selfeval.recognise.Reading;
import org.selfeval.recognise.Recogniser;

/**
 * R17b: "申报特定目标类预算项目K个" equals the projects of the report; "实际完成…项目K₂个" is at most K
 * and is doubtful for a project whose execution rate is below the regional threshold. A completed
 * count above the declared one is one 错误, not also a doubt.
 */
public final class ProjectCountRule implements AuditRule, ReadsText {
    static final String ID = "R17b";
    private static final String SOURCE = "申报项目数应与所附项目支出绩效自评表一致";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        String text = report.performance().projectAnalysis().goalAchievementText();
        Reading reading = Recogniser.read(text);
        Optional<Figure> declared = Counts.first(reading, ProjectCountRule::isDeclared);
        Optional<Figure> done = Counts.first(reading, ProjectCountRule::isDone);
        List<Finding> out = new ArrayList<>();
        int listed = report.projects().size();
        if (declared.isPresent() && declared.get().value().intValue() != listed) {
            List<String> names = report.projects().stream().map(Project::name).toList();
            out.add(new Finding(ID, Severity.ERROR, "正文写申报特定目标类预算项目 " + declared.get().written() + " 个，但报告只列出 "
                    + listed + " 个项目" + (names.isEmpty() ? "" : "（" + Listing.join(names, "、") + "）"),
                    IndicatorCountRule.WHERE, SOURCE));
        }
        boolean doneTooMany = declared.isPresent() && done.isPresent() && done.get().value().compareTo(declared.get().value()) > 0;
        if (doneTooMany) {
            out.add(new Finding(ID, Severity.ERROR, "正文写实际完成特定目标类预算项目 " + done.get().written() + " 个，多于申报的 "
                    + declared.get().written() + " 个", IndicatorCountRule.WHERE, SOURCE));
        }
        if (done.isPresent() && !doneTooMany) {
            List<String> low = lowExecution(report, context.profile().lowExecutionPct());
            if (!low.isEmpty()) {
                out.add(new Finding(ID, Severity.WARNING, "正文写实际完成特定目标类预算项目 " + done.get().written() + " 个，但"
                        + Listing.join(low, "、") + "，资金未执行完毕，“完成”存疑", IndicatorCountRule.WHERE, SOURCE));
            }
        }
        return out;
    }

    @Override
    public List<Read> reads(Report report) {
        return Counts.reads(report, ProjectCountRule::isDeclared, ProjectCountRule::isDone);
    }

    /** "申报特定目标类预算项目4个". */
    static boolean isDeclared(Figure f) {
        return f.label().contains("申报") && (f.label() + f.noun()).contains("项目");
    }

    /** "实际完成特定目标类预算项目4个". */
    static boolean isDone(Figure f) {
        return f.label().contains("完成") && !f.label().contains("未完成") && (f.label() + f.noun()).contains("项目");
    }

    private static List<String> lowExecution(Report report, BigDecimal threshold) {
        List<String> low = new ArrayList<>();
        for (Project p : report.projects()) {
            p.totalFunds().executionRate().filter(r -> r.compareTo(threshold) < 0)
                    .ifPresent(r -> low.add(ProjectNames.of(p) + "执行率仅 " + Compare.percent(r)));
        }
        return low;
    }
}
