package org.selfeval.ui;

import java.util.List;
import java.util.Optional;
import org.selfeval.charts.ChartData;
import org.selfeval.charts.ChartDataFactory;
import org.selfeval.model.Report;

/** The charts of the window, from the same chart data the exports print. */
final class ReportCharts {
    private ReportCharts() {
    }

    static List<ChartData> of(Report report) {
        return of(report, Optional.empty());
    }

    /** With last year's report of the department, the year-on-year chart is added. */
    static List<ChartData> of(Report report, Optional<Report> lastYear) {
        return ChartDataFactory.all(report, lastYear);
    }
}
