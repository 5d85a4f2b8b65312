package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/**
 * R26a: budget figures, execution rate and total score written in a project's prose (三(二)2 text,
 * 评价结论, 年度目标完成情况, 原因, 实施概述) equal the figures of its 自评表.
 */
public final class ProjectTextFiguresRule implements AuditRule {
    static final String ID = "R26a";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < report.projects().size(); i++) {
            Project p = report.projects().get(i);
            field(out, p, p.reportText(), new Location(Location.PERFORMANCE, ProjectNames.path(i) + ".reportText"));
            field(out, p, p.evaluationConclusion(), ProjectNames.table(i, "evaluationConclusion"));
            field(out, p, p.goalCompletion(), ProjectNames.table(i, "goalCompletion"));
            field(out, p, p.executionNote(), ProjectNames.table(i, "executionNote"));
            field(out, p, p.implementationSummary(), ProjectNames.table(i, "implementationSummary"));
        }
        return out;
    }

    private static void field(List<Finding> out, Project p, String text, Location where) {
        for (String m : BudgetText.mismatches(text, ProjectNames.of(p), p.totalFunds(), () -> ProjectScores.total(p))) {
            out.add(new Finding(ID, Severity.ERROR, m, where, "domain.md §3 R26（正文与自评表数字一致）"));
        }
    }
}
