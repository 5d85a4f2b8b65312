package org.selfeval.charts;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a chart shows, independent of how it is drawn (JavaFX in the window, iText in the PDF), so
 * the printed chart is the chart the clerk saw.
 *
 * @param title      e.g. 收入构成（万元）
 * @param kind       pie for shares of a whole, bars for comparisons
 * @param categories category labels, e.g. 基本支出, 项目支出
 * @param series     one or more series with one value per category (万元, 分 or %)
 * @param unit       unit shown with values, e.g. 万元
 */
public record ChartData(String title, Kind kind, List<String> categories, List<Series> series, String unit) {
    public enum Kind { PIE, BAR }

    /** @param name legend name, e.g. 年初预算; @param values one per category, null = no value */
    public record Series(String name, List<BigDecimal> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        unit = unit == null ? "" : unit;
    }
}
