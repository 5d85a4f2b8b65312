package org.selfeval.edit;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Carryover;
import org.selfeval.model.Conclusion;
import org.selfeval.model.DepartmentBasics;
import org.selfeval.model.Finances;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.PerformanceManagement;
import org.selfeval.model.PerformanceTargets;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectAnalysis;
import org.selfeval.model.Report;

/**
 * 新建下一年度报告: next year's report from last year's. Pure.
 *
 * <ul>
 *   <li>year + 1, same department and profile, a new id;</li>
 *   <li>structure and prose copied: chapters' text, tasks, duty items, staffing, projects with their
 *       fund sources, indicator rows with their targets, units and weights;</li>
 *   <li>amounts and results cleared: income, expenditure, year-end carryover, 公用经费, project funds,
 *       indicator 完成值 / 得分 / 等级 / 原因, the score;</li>
 *   <li>the sentences that restate figures (every {@code …Text} field) go back to generated, since
 *       last year's wording names last year's figures;</li>
 *   <li>last year's year-end carryover total becomes this year's {@link Carryover#priorYearTotal()};</li>
 *   <li>finding notes, report date and sample-data notes are dropped.</li>
 * </ul>
 */
public final class NextYearReport {
    private NextYearReport() {
    }

    public static Report from(Report last, String newId) {
        return new Report(
                newId,
                last.year() + 1,
                last.department(),
                last.profile(),
                basics(last.basics()),
                finances(last.finances()),
                performance(last.performance()),
                new Conclusion(null, null, last.conclusion().problems(), last.conclusion().suggestions()),
                last.projects().stream().map(NextYearReport::project).toList(),
                null,
                List.of(),
                null);
    }

    private static DepartmentBasics basics(DepartmentBasics b) {
        PerformanceTargets targets = new PerformanceTargets(b.targets().text(), cleared(b.targets().indicators()));
        return b.withStaffing(b.staffing().withText(null)).withTargets(targets);
    }

    private static Finances finances(Finances f) {
        Carryover c = f.carryover();
        boolean stated = c.basic() != null || c.project() != null || c.surplus() != null;
        BigDecimal prior = stated ? c.total() : null;
        return new Finances(null, null, null, null, new Carryover(null, null, null, prior), null);
    }

    private static PerformanceManagement performance(PerformanceManagement p) {
        ProjectAnalysis a = p.projectAnalysis();
        return p.withProjectAnalysis(new ProjectAnalysis(a.targetSetting(), null, BudgetFigures.EMPTY, null,
                a.timelyHandling(), a.budgetCompletion(), a.surplusAndViolations()));
    }

    private static Project project(Project p) {
        Map<FundSource, BudgetFigures> funds = new EnumMap<>(FundSource.class);
        p.funds().keySet().forEach(source -> funds.put(source, BudgetFigures.EMPTY));
        return p.withFunds(funds).withIndicators(cleared(p.indicators())).withDataNote(null);
    }

    private static List<Indicator> cleared(List<Indicator> rows) {
        return rows.stream()
                .map(i -> i.withActual("").withScore(null).withGrade(null).withDeviationReason(""))
                .toList();
    }
}
