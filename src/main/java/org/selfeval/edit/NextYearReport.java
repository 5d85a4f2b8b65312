package org.selfeval.edit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.selfeval.model.Carryover;
import org.selfeval.model.Conclusion;
import org.selfeval.model.Finances;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/**
 * 新建下一年度报告: a new report from last year's. Structure and the clerk's text are copied; the
 * year's amounts, completions and scores are cleared; last year's year-end 结转结余 becomes this
 * year's 上年末结转结余; sentences that restate figures go back to generated.
 */
public final class NextYearReport {
    private NextYearReport() {
    }

    public static Report from(Report last) {
        return from(last, UUID.randomUUID().toString());
    }

    public static Report from(Report last, String newId) {
        Finances finances = new Finances(Map.of(), null, Map.of(), null,
                Carryover.EMPTY.withPriorYearTotal(last.finances().carryover().total()), null);
        Conclusion conclusion = new Conclusion(null, null, last.conclusion().problems(), last.conclusion().suggestions());
        List<Project> projects = last.projects().stream().map(NextYearReport::clearProject).toList();
        return new Report(newId, last.year() + 1, last.department(), last.profile(), last.basics(), finances,
                last.performance(), conclusion, projects, null, List.of(), null);
    }

    private static Project clearProject(Project p) {
        List<Indicator> indicators = p.indicators().stream()
                .map(i -> i.withActual("").withScore(null).withGrade(null).withDeviationReason(""))
                .toList();
        return p.withFunds(Map.of()).withExecutionNote(null).withAdjustmentReason(null).withGoalCompletion(null)
                .withIndicators(indicators).withDataNote(null);
    }
}
