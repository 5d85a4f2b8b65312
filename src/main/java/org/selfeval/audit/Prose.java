package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.DepartmentBasics;
import org.selfeval.model.Indicator;
import org.selfeval.model.PerformanceManagement;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectAnalysis;
import org.selfeval.model.Report;
import org.selfeval.model.TextItem;

/**
 * Every piece of prose the clerk wrote, with its location. A {@code …Text} field that is null is
 * generated from the figures and is therefore not the clerk's wording: it is left out.
 */
final class Prose {
    /** One prose field. */
    record Field(Location location, String text) {
    }

    /** The last report's fields: the rules of one audit all ask for the same report in turn. */
    private static volatile Cached last;

    private record Cached(Report report, List<Field> fields) {
    }

    /** Each project's fields (with their parsed locations) of the last report, by the project's place in the list. */
    private static final LastAuditByProject<Integer, List<Field>> LAST_PROJECTS = new LastAuditByProject<>();

    private Prose() {
    }

    static List<Field> of(Report report) {
        Cached cached = last;
        if (cached != null && cached.report() == report) {
            return cached.fields();
        }
        List<Field> fields = List.copyOf(collect(report));
        last = new Cached(report, fields);
        return fields;
    }

    private static List<Field> collect(Report report) {
        List<Field> out = new ArrayList<>();
        DepartmentBasics b = report.basics();
        add(out, Location.BASICS, "basics.organization", b.organization());
        add(out, Location.BASICS, "basics.functions", b.functions());
        add(out, Location.BASICS, "basics.staffing.text", b.staffing().text());
        add(out, Location.BASICS, "basics.tasks.intro", b.tasks().intro());
        items(out, Location.BASICS, "basics.tasks.items", b.tasks().items());
        add(out, Location.BASICS, "basics.targets.text", b.targets().text());
        add(out, Location.FINANCES, "finances.incomeText", report.finances().incomeText());
        add(out, Location.FINANCES, "finances.expenditureText", report.finances().expenditureText());
        add(out, Location.FINANCES, "finances.carryoverText", report.finances().carryoverText());
        PerformanceManagement p = report.performance();
        add(out, Location.PERFORMANCE, "performance.duty.intro", p.duty().intro());
        items(out, Location.PERFORMANCE, "performance.duty.items", p.duty().items());
        ProjectAnalysis a = p.projectAnalysis();
        String pa = "performance.projectAnalysis.";
        add(out, Location.PERFORMANCE, pa + "targetSetting", a.targetSetting());
        add(out, Location.PERFORMANCE, pa + "goalAchievementText", a.goalAchievementText());
        add(out, Location.PERFORMANCE, pa + "spendingControlText", a.spendingControlText());
        add(out, Location.PERFORMANCE, pa + "timelyHandling", a.timelyHandling());
        add(out, Location.PERFORMANCE, pa + "budgetCompletion", a.budgetCompletion());
        add(out, Location.PERFORMANCE, pa + "surplusAndViolations", a.surplusAndViolations());
        add(out, Location.PERFORMANCE, "performance.results.internalUse", p.results().internalUse());
        add(out, Location.PERFORMANCE, "performance.results.disclosure", p.results().disclosure());
        add(out, Location.PERFORMANCE, "performance.results.rectification", p.results().rectification());
        add(out, Location.CONCLUSION, "conclusion.conclusionText", report.conclusion().conclusionText());
        add(out, Location.CONCLUSION, "conclusion.problems", report.conclusion().problems());
        add(out, Location.CONCLUSION, "conclusion.suggestions", report.conclusion().suggestions());
        LastAuditByProject<Integer, List<Field>>.Pass pass = LAST_PROJECTS.begin(report.projects().size());
        for (int i = 0; i < report.projects().size(); i++) {
            int index = i;
            Project project = report.projects().get(i);
            out.addAll(pass.get(project, i, () -> {
                List<Field> fields = new ArrayList<>();
                project(fields, "projects[" + index + "].", project);
                return List.copyOf(fields);
            }));
        }
        pass.keep();
        add(out, Location.PROJECTS, "attachmentText", report.attachmentText());
        return out;
    }

    private static void project(List<Field> out, String at, Project p) {
        add(out, Location.PERFORMANCE, at + "reportText", p.reportText());
        add(out, Location.PROJECTS, at + "competentDepartment", p.competentDepartment());
        add(out, Location.PROJECTS, at + "implementingUnit", p.implementingUnit());
        add(out, Location.PROJECTS, at + "executionNote", p.executionNote());
        add(out, Location.PROJECTS, at + "adjustmentReason", p.adjustmentReason());
        add(out, Location.PROJECTS, at + "annualGoal", p.annualGoal());
        add(out, Location.PROJECTS, at + "goalCompletion", p.goalCompletion());
        add(out, Location.PROJECTS, at + "implementationSummary", p.implementationSummary());
        for (int j = 0; j < p.indicators().size(); j++) {
            Indicator row = p.indicators().get(j);
            add(out, Location.PROJECTS, at + "indicators[" + j + "].deviationReason", row.deviationReason());
        }
        add(out, Location.PROJECTS, at + "evaluationConclusion", p.evaluationConclusion());
        add(out, Location.PROJECTS, at + "problems", p.problems());
        add(out, Location.PROJECTS, at + "improvements", p.improvements());
    }

    private static void items(List<Field> out, String chapter, String path, List<TextItem> items) {
        for (int i = 0; i < items.size(); i++) {
            add(out, chapter, path + "[" + i + "].title", items.get(i).title());
            add(out, chapter, path + "[" + i + "].body", items.get(i).body());
        }
    }

    private static void add(List<Field> out, String chapter, String path, String text) {
        if (text != null && !text.isBlank()) {
            out.add(new Field(new Location(chapter, path), text));
        }
    }
}
