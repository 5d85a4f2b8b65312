package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/**
 * R26a: budget figures, execution rate and total score written in a project's prose (三(二)2 text,
 * 评价结论, 年度目标完成情况, 原因, 实施概述) equal the figures of its 自评表.
 */
public final class ProjectTextFiguresRule implements ProjectRule, ReadsText {
    static final String ID = "R26a";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int index, Project p, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        for (Field f : fields(index, p)) {
            for (String m : BudgetText.mismatches(f.text(), ProjectNames.of(p), p.totalFunds(), () -> ProjectScores.total(p))) {
                out.add(new Finding(ID, Severity.ERROR, m, f.where(), "正文与自评表数字一致（文数一致）"));
            }
        }
        return out;
    }

    @Override
    public List<Read> reads(Report report) {
        return fields(report).stream().map(f -> new Read(f.where(), f.text(),
                BudgetText.compares(f.text(), f.project().totalFunds(), () -> ProjectScores.total(f.project())))).toList();
    }

    private record Field(Project project, String text, Location where) {
    }

    /** The prose of each project that restates its figures; a field left empty is not read. */
    private static List<Field> fields(Report report) {
        List<Field> out = new ArrayList<>();
        for (int i = 0; i < report.projects().size(); i++) {
            out.addAll(fields(i, report.projects().get(i)));
        }
        return out;
    }

    private static List<Field> fields(int i, Project p) {
        List<Field> out = new ArrayList<>();
        add(out, p, p.reportText(), new Location(Location.PERFORMANCE, ProjectNames.path(i) + ".reportText"));
        add(out, p, p.evaluationConclusion(), ProjectNames.table(i, "evaluationConclusion"));
        add(out, p, p.goalCompletion(), ProjectNames.table(i, "goalCompletion"));
        add(out, p, p.executionNote(), ProjectNames.table(i, "executionNote"));
        add(out, p, p.implementationSummary(), ProjectNames.table(i, "implementationSummary"));
        return out;
    }

    private static void add(List<Field> out, Project p, String text, Location where) {
        if (text != null && !text.isBlank()) {
            out.add(new Field(p, text, where));
        }
    }
}
