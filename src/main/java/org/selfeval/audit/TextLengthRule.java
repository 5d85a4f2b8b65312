package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/** R24: the Sichuan form's printed limits: 100 字 for 年度目标完成情况 and 原因, 200 字 for the conclusions. */
public final class TextLengthRule implements AuditRule {
    static final String ID = "R24";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        int shortLimit = context.profile().shortTextLimit();
        int longLimit = context.profile().longTextLimit();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < report.projects().size(); i++) {
            Project p = report.projects().get(i);
            limit(out, i, p, "goalCompletion", "年度目标完成情况", p.goalCompletion(), shortLimit);
            limit(out, i, p, "executionNote", "原因", p.executionNote(), shortLimit);
            limit(out, i, p, "evaluationConclusion", "评价结论", p.evaluationConclusion(), longLimit);
            limit(out, i, p, "problems", "存在问题", p.problems(), longLimit);
            limit(out, i, p, "improvements", "改进措施", p.improvements(), longLimit);
        }
        return out;
    }

    private static void limit(List<Finding> out, int i, Project p, String field, String label, String text, int max) {
        if (max <= 0) {
            return;
        }
        int length = length(text);
        if (length > max) {
            out.add(new Finding(ID, Severity.WARNING, ProjectNames.of(p) + "“" + label + "”" + length + " 字，超过表内限定的 " + max + " 字",
                    ProjectNames.table(i, field), "四川 510000_0013zp 栏内说明"));
        }
    }

    /** Characters as counted on the form: code points, whitespace not counted. */
    static int length(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }
}
