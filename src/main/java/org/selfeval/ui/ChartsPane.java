package org.selfeval.ui;

import org.selfeval.ui.controls.Look;
import java.math.BigDecimal;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.selfeval.charts.ChartData;
import org.selfeval.model.Money;
import org.selfeval.model.Percent;
import org.selfeval.ui.controls.Messages;

/** Draws the chart data of the report (the same data the exports print) as JavaFX charts. */
public final class ChartsPane extends ScrollPane {
    private final VBox box = new VBox(12);
    private List<ChartData> shown = List.of();
    /** Data given while the pane was hidden (its tab not selected), drawn when it shows. */
    private boolean pending;
    private boolean showing = true;

    public ChartsPane() {
        box.setPadding(new Insets(8));
        setContent(box);
        setFitToWidth(true);
        setId("charts-pane");
        getStylesheets().add(ChartsPane.class.getResource("/org/selfeval/ui/charts.css").toExternalForm());
        showCharts(List.of());
    }

    /** Whether the pane is in sight (its tab chosen); hidden, it keeps the data and draws it when shown again. */
    public void setShowing(boolean showing) {
        this.showing = showing;
        if (showing && pending) {
            draw();
        }
    }

    /**
     * Redraws only when the data changed, so typing that moves no figure costs nothing, and only
     * while the pane shows: behind the findings tab the data is kept and drawn when the tab is chosen.
     */
    public void showCharts(List<ChartData> charts) {
        if (charts.equals(shown) && (pending || !box.getChildren().isEmpty())) {
            return;
        }
        shown = List.copyOf(charts);
        pending = true;
        if (showing) {
            draw();
        }
    }

    private void draw() {
        pending = false;
        List<ChartData> charts = shown;
        box.getChildren().clear();
        if (charts.isEmpty()) {
            box.getChildren().add(new Label(Messages.get("charts.none")));
            return;
        }
        for (ChartData data : charts) {
            if (data.kind() == ChartData.Kind.BAR && longNames(data)) {
                box.getChildren().add(numbered(data));
                continue;
            }
            Chart chart = data.kind() == ChartData.Kind.PIE ? pie(data) : bar(data);
            chart.setTitle(data.title());
            chart.setAnimated(false);
            chart.setPrefHeight(data.kind() == ChartData.Kind.PIE ? 330 : 300);
            chart.setMinHeight(260);
            box.getChildren().add(chart);
        }
    }

    public List<ChartData> shownCharts() {
        return shown;
    }

    private static PieChart pie(ChartData data) {
        ObservableList<PieChart.Data> slices = FXCollections.observableArrayList();
        List<BigDecimal> values = data.series().isEmpty() ? List.of() : data.series().get(0).values();
        BigDecimal total = Money.sum(values);
        for (int i = 0; i < data.categories().size() && i < values.size(); i++) {
            BigDecimal v = values.get(i);
            if (v != null && v.signum() > 0) {
                String share = Percent.rounded(v, total).map(Percent::format).orElse("");
                slices.add(new PieChart.Data(Messages.format("charts.slice", data.categories().get(i), Money.format(v),
                        data.unit(), share), v.doubleValue()));
            }
        }
        PieChart chart = new PieChart(slices);
        if (slices.size() == 1) {
            // one slice is the whole disc: no border from the centre to the edge (a seam)
            slices.get(0).nodeProperty().addListener((o, a, node) -> {
                if (node != null) {
                    Look.as(node, "single-slice");
                }
            });
            if (slices.get(0).getNode() != null) {
                Look.as(slices.get(0).getNode(), "single-slice");
            }
        }
        // the legend carries name, amount and share under the pie; slice labels vanish when they do not fit
        chart.setLegendVisible(true);
        chart.setLegendSide(javafx.geometry.Side.BOTTOM);
        chart.setLabelsVisible(false);
        chart.widthProperty().addListener((o, was, width) -> javafx.application.Platform.runLater(() -> wrapLegend(chart)));
        return chart;
    }

    /** The legend's lines wrap to the chart's width (the 图表 pane of a 1024-wide window) instead of ending in "…". */
    private static void wrapLegend(Chart chart) {
        double room = Math.max(80, chart.getWidth() - 40);
        for (javafx.scene.Node n : chart.lookupAll(".chart-legend-item")) {
            if (n instanceof Label l && l.getMaxWidth() != room) {
                l.setWrapText(true);
                l.setMaxWidth(room);
                l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
    }

    /** Category names too long to stand under a bar (project names): numbered bars, the names listed under the chart. */
    private static boolean longNames(ChartData data) {
        return data.categories().stream().anyMatch(c -> c.length() > 6);
    }

    private static javafx.scene.Node numbered(ChartData data) {
        List<String> numbers = new java.util.ArrayList<>();
        VBox names = new VBox(2);
        names.getStyleClass().add("chart-category-names");
        for (int i = 0; i < data.categories().size(); i++) {
            numbers.add(String.valueOf(i + 1));
            Label l = new Label((i + 1) + ". " + data.categories().get(i));
            l.setWrapText(true);
            names.getChildren().add(l);
        }
        ChartData shortNames = new ChartData(data.title(), data.kind(), numbers, data.series(), data.unit());
        BarChart<String, Number> chart = bar(shortNames);
        chart.setTitle(data.title());
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        chart.setMinHeight(260);
        chart.setLegendVisible(true);
        chart.setLegendSide(javafx.geometry.Side.BOTTOM);
        VBox box = new VBox(4, chart, names);
        box.setPadding(new javafx.geometry.Insets(0, 8, 8, 8));
        return box;
    }

    private static BarChart<String, Number> bar(ChartData data) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(data.unit());
        BarChart<String, Number> chart = new BarChart<>(x, y);
        for (ChartData.Series s : data.series()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            for (int i = 0; i < data.categories().size() && i < s.values().size(); i++) {
                BigDecimal v = s.values().get(i);
                series.getData().add(new XYChart.Data<>(data.categories().get(i), v == null ? 0 : v.doubleValue()));
            }
            chart.getData().add(series);
        }
        chart.setLegendVisible(data.series().size() > 1);
        return chart;
    }
}
