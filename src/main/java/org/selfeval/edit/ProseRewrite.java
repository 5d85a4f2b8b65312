package org.selfeval.edit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Conclusion;
import org.selfeval.model.DepartmentBasics;
import org.selfeval.model.Finances;
import org.selfeval.model.Indicator;
import org.selfeval.model.PerformanceManagement;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectAnalysis;
import org.selfeval.model.Report;
import org.selfeval.model.ResultApplication;
import org.selfeval.model.TextItem;

/**
 * Rewrites the clerk's prose field by field: every text field the audit reads, under the same field
 * path (the dotted form of the report JSON, e.g. {@code projects[1].problems}). A null field is
 * generated from the figures and is left null. Pure.
 */
public final class ProseRewrite {
    /** The new text of the field at {@code path}; return {@code text} to keep it. */
    @FunctionalInterface
    public interface FieldEdit {
        String apply(String path, String text);
    }

    private final FieldEdit edit;

    private ProseRewrite(FieldEdit edit) {
        this.edit = edit;
    }

    public static Report apply(Report report, FieldEdit edit) {
        return new ProseRewrite(edit).report(report);
    }

    private Report report(Report r) {
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < r.projects().size(); i++) {
            projects.add(project("projects[" + i + "].", r.projects().get(i)));
        }
        return r.withBasics(basics(r.basics()))
                .withFinances(finances(r.finances()))
                .withPerformance(performance(r.performance()))
                .withConclusion(conclusion(r.conclusion()))
                .withProjects(projects)
                .withAttachmentText(text("attachmentText", r.attachmentText()));
    }

    private DepartmentBasics basics(DepartmentBasics b) {
        return b.withOrganization(text("basics.organization", b.organization()))
                .withFunctions(text("basics.functions", b.functions()))
                .withStaffing(b.staffing().withText(text("basics.staffing.text", b.staffing().text())))
                .withTasks(b.tasks().withIntro(text("basics.tasks.intro", b.tasks().intro()))
                        .withItems(items("basics.tasks.items", b.tasks().items())))
                .withTargets(b.targets().withText(text("basics.targets.text", b.targets().text())));
    }

    private Finances finances(Finances f) {
        return f.withIncomeText(text("finances.incomeText", f.incomeText()))
                .withExpenditureText(text("finances.expenditureText", f.expenditureText()))
                .withCarryoverText(text("finances.carryoverText", f.carryoverText()));
    }

    private PerformanceManagement performance(PerformanceManagement p) {
        String pa = "performance.projectAnalysis.";
        ProjectAnalysis a = p.projectAnalysis();
        ResultApplication res = p.results();
        return p.withDuty(p.duty().withIntro(text("performance.duty.intro", p.duty().intro()))
                        .withItems(items("performance.duty.items", p.duty().items())))
                .withProjectAnalysis(a.withTargetSetting(text(pa + "targetSetting", a.targetSetting()))
                        .withGoalAchievementText(text(pa + "goalAchievementText", a.goalAchievementText()))
                        .withSpendingControlText(text(pa + "spendingControlText", a.spendingControlText()))
                        .withTimelyHandling(text(pa + "timelyHandling", a.timelyHandling()))
                        .withBudgetCompletion(text(pa + "budgetCompletion", a.budgetCompletion()))
                        .withSurplusAndViolations(text(pa + "surplusAndViolations", a.surplusAndViolations())))
                .withResults(res.withInternalUse(text("performance.results.internalUse", res.internalUse()))
                        .withDisclosure(text("performance.results.disclosure", res.disclosure()))
                        .withRectification(text("performance.results.rectification", res.rectification())));
    }

    private Conclusion conclusion(Conclusion c) {
        return c.withConclusionText(text("conclusion.conclusionText", c.conclusionText()))
                .withProblems(text("conclusion.problems", c.problems()))
                .withSuggestions(text("conclusion.suggestions", c.suggestions()));
    }

    private Project project(String at, Project p) {
        List<Indicator> rows = new ArrayList<>();
        for (int j = 0; j < p.indicators().size(); j++) {
            Indicator row = p.indicators().get(j);
            rows.add(row.withDeviationReason(text(at + "indicators[" + j + "].deviationReason", row.deviationReason())));
        }
        return p.withReportText(text(at + "reportText", p.reportText()))
                .withCompetentDepartment(text(at + "competentDepartment", p.competentDepartment()))
                .withImplementingUnit(text(at + "implementingUnit", p.implementingUnit()))
                .withExecutionNote(text(at + "executionNote", p.executionNote()))
                .withAdjustmentReason(text(at + "adjustmentReason", p.adjustmentReason()))
                .withAnnualGoal(text(at + "annualGoal", p.annualGoal()))
                .withGoalCompletion(text(at + "goalCompletion", p.goalCompletion()))
                .withImplementationSummary(text(at + "implementationSummary", p.implementationSummary()))
                .withIndicators(rows)
                .withEvaluationConclusion(text(at + "evaluationConclusion", p.evaluationConclusion()))
                .withProblems(text(at + "problems", p.problems()))
                .withImprovements(text(at + "improvements", p.improvements()));
    }

    private List<TextItem> items(String path, List<TextItem> items) {
        List<TextItem> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            TextItem item = items.get(i);
            out.add(item.withTitle(text(path + "[" + i + "].title", item.title()))
                    .withBody(text(path + "[" + i + "].body", item.body())));
        }
        return out;
    }

    private String text(String path, String text) {
        return text == null ? null : edit.apply(path, text);
    }
}
