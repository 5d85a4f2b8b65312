package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/**
 * R17b: "申报特定目标类预算项目K个" equals the projects of the report; "实际完成…项目K₂个" is at most K
 * and is doubtful for a project whose execution rate is below the regional threshold.
 */
public final class ProjectCountRule implements AuditRule {
    static final String ID = "R17b";
    private static final String SOURCE = "domain.md §3 R17；§5 第10、11项";
    private static final Pattern DECLARED = Pattern.compile("申报(?:了)?特定目标类(?:预算)?项目\\s*(?:共)?\\s*" + TextFigures.NUM + "\\s*个");
    private static final Pattern DONE = Pattern.compile("(?:实际)?完成特定目标类(?:预算)?项目\\s*(?:共)?\\s*" + TextFigures.NUM + "\\s*个");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        String text = report.performance().projectAnalysis().goalAchievementText();
        Optional<TextFigures.Figure> declared = TextFigures.find(text, DECLARED);
        Optional<TextFigures.Figure> done = TextFigures.find(text, DONE);
        List<Finding> out = new ArrayList<>();
        int listed = report.projects().size();
        if (declared.isPresent() && declared.get().value().intValue() != listed) {
            List<String> names = report.projects().stream().map(Project::name).toList();
            out.add(new Finding(ID, Severity.ERROR, "正文写申报特定目标类预算项目 " + declared.get().written() + " 个，但报告只列出 "
                    + listed + " 个项目" + (names.isEmpty() ? "" : "（" + Listing.join(names, "、") + "）"),
                    IndicatorCountRule.WHERE, SOURCE));
        }
        if (declared.isPresent() && done.isPresent() && done.get().value().compareTo(declared.get().value()) > 0) {
            out.add(new Finding(ID, Severity.ERROR, "正文写实际完成特定目标类预算项目 " + done.get().written() + " 个，多于申报的 "
                    + declared.get().written() + " 个", IndicatorCountRule.WHERE, SOURCE));
        }
        if (done.isPresent()) {
            List<String> low = lowExecution(report, context.profile().lowExecutionPct());
            if (!low.isEmpty()) {
                out.add(new Finding(ID, Severity.WARNING, "正文写实际完成特定目标类预算项目 " + done.get().written() + " 个，但"
                        + Listing.join(low, "、") + "，资金未执行完毕，“完成”存疑", IndicatorCountRule.WHERE, SOURCE));
            }
        }
        return out;
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
