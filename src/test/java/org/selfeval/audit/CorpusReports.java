package org.selfeval.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Carryover;
import org.selfeval.model.Department;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.FundSource;
import org.selfeval.model.Headcount;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectAnalysis;
import org.selfeval.model.ProjectBuilder;
import org.selfeval.model.Report;
import org.selfeval.model.StaffCategory;
import org.selfeval.model.Staffing;

/**
 * A report around one corpus paragraph: the paragraph in its field as the clerk's own wording, and
 * the figures it restates ({@code facts}) entered as the clerk would enter them.
 */
final class CorpusReports {
    private CorpusReports() {
    }

    static Report of(Corpus.Paragraph p, String text) {
        Report r = Report.empty("corpus", 2023, new Department(p.fullName(), p.shortName()));
        JsonNode facts = p.facts();
        var basics = r.basics();
        Finances f = r.finances();
        ProjectAnalysis a = r.performance().projectAnalysis();
        switch (p.field()) {
            case "incomeText" -> {
                for (IncomeSource s : IncomeSource.values()) {
                    BigDecimal v = p.fact("income", s.name());
                    f = v == null ? f : f.withIncome(s, v);
                }
                f = f.withIncomeText(text);
            }
            case "expenditureText" -> {
                for (ExpenditureCategory c : ExpenditureCategory.values()) {
                    BigDecimal v = p.fact("expenditure", c.name());
                    f = v == null ? f : f.withExpenditure(c, v);
                }
                f = f.withExpenditureText(text);
                if (facts.has("publicExpense")) {
                    a = a.withPublicExpenses(new BudgetFigures(null, null, new BigDecimal(facts.get("publicExpense").asText())));
                }
            }
            case "carryoverText" -> f = f.withCarryover(new Carryover(p.fact("carryover", "basic"), p.fact("carryover", "project"), null, null))
                    .withCarryoverText(text);
            case "staffing" -> basics = basics.withStaffing(staffing(facts.path("staff"), text));
            case "organization" -> basics = basics.withOrganization(text);
            case "spendingControlText" -> a = a.withPublicExpenses(new BudgetFigures(p.fact("publicExpenses", "initial"),
                    p.fact("publicExpenses", "adjusted"), p.fact("publicExpenses", "executed"))).withSpendingControlText(text);
            case "goalAchievementText" -> {
                List<Indicator> rows = new ArrayList<>();
                for (int i = 0; i < facts.path("indicatorRows").asInt(); i++) {
                    rows.add(Fixtures.indicator(IndicatorNature.AT_LEAST, "1", "个", "1", "10"));
                }
                basics = basics.withTargets(basics.targets().withIndicators(rows));
                a = a.withGoalAchievementText(text);
                List<Project> projects = new ArrayList<>();
                for (int i = 0; i < facts.path("projects").asInt(); i++) {
                    projects.add(ProjectBuilder.builder().id("p" + i).name("项目" + (i + 1)).build());
                }
                r = r.withProjects(projects);
            }
            case "other" -> basics = basics.withTasks(basics.tasks().withIntro(text));
            default -> r = r.withProjects(List.of(project(p, text)));
        }
        return r.withBasics(basics).withFinances(f).withPerformance(r.performance().withProjectAnalysis(a));
    }

    private static Staffing staffing(JsonNode staff, String text) {
        List<Headcount> actual = new ArrayList<>();
        Integer longTerm = null;
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) staff::fields) {
            if (e.getKey().equals("长期聘用")) {
                longTerm = e.getValue().asInt();
            } else {
                actual.add(new Headcount(StaffCategory.ADMINISTRATIVE, e.getKey(), e.getValue().asInt()));
            }
        }
        return new Staffing(null, null, actual, longTerm, text);
    }

    private static Project project(Corpus.Paragraph p, String text) {
        JsonNode facts = p.facts().path("project");
        BudgetFigures funds = new BudgetFigures(p.fact("project", "initial"), p.fact("project", "adjusted"), p.fact("project", "executed"));
        Project project = ProjectBuilder.builder().id("p").name(facts.path("name").asText("项目")).funds(Map.of(FundSource.FISCAL, funds)).build();
        return switch (p.field()) {
            case "reportText" -> project.withReportText(text);
            case "annualGoal" -> project.withAnnualGoal(text);
            case "goalCompletion" -> project.withGoalCompletion(text);
            case "competentDepartment" -> project.withCompetentDepartment(text);
            case "implementingUnit" -> project.withImplementingUnit(text);
            default -> throw new IllegalArgumentException("unknown field " + p.field());
        };
    }
}
