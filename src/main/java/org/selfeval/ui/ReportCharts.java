package org.selfeval.ui;

import java.util.List;
import org.selfeval.charts.ChartData;
import org.selfeval.model.Report;

/** The charts of the window, from the same chart data the exports print. */
final class ReportCharts {
    private ReportCharts() {
    }

    static List<ChartData> of(Report report) {
        return List.of();
    }
}
