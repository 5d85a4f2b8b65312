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
        return ChartDataFactory.all(report, Optional.empty());
    }
}
