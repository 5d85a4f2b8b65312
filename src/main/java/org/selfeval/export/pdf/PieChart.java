package org.selfeval.export.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.charts.ChartData;
import org.selfeval.model.Percent;

/** A pie of the first series: one wedge per non-zero category, a legend with value and share. */
final class PieChart {
    private final PdfChartDrawer drawer;
    private final PdfCanvas canvas;
    private final ChartData chart;

    PieChart(PdfChartDrawer drawer, PdfCanvas canvas, ChartData chart) {
        this.drawer = drawer;
        this.canvas = canvas;
        this.chart = chart;
    }

    void draw() {
        List<BigDecimal> values = chart.series().isEmpty() ? List.of() : chart.series().get(0).values();
        BigDecimal total = BigDecimal.ZERO;
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            BigDecimal v = PdfChartDrawer.valueOrZero(values, i);
            if (v.signum() > 0) {
                total = total.add(v);
                shown.add(i);
            }
        }
        float top = PdfChartDrawer.HEIGHT - 24;
        float radius = Math.min(top - 10, PdfChartDrawer.WIDTH * 0.4f) / 2;
        float cx = PdfChartDrawer.WIDTH * 0.25f;
        float cy = (top + 4) / 2;
        if (total.signum() == 0) {
            drawer.label(canvas, "无数据", cx, cy, PdfChartDrawer.Align.CENTER);
            return;
        }
        double start = 90;
        for (int k = 0; k < shown.size(); k++) {
            int i = shown.get(k);
            double extent = -360.0 * PdfChartDrawer.valueOrZero(values, i).doubleValue() / total.doubleValue();
            canvas.saveState().setFillColor(PdfChartDrawer.colour(k)).setStrokeColor(ColorConstants.WHITE).setLineWidth(1);
            if (shown.size() == 1) {
                canvas.circle(cx, cy, radius);
            } else {
                canvas.moveTo(cx, cy);
                canvas.arcContinuous(cx - radius, cy - radius, cx + radius, cy + radius, start, extent);
                canvas.closePath();
            }
            canvas.fillStroke().restoreState();
            start += extent;
        }
        legend(shown, values, total, cx + radius + 30, top - 14);
    }

    private void legend(List<Integer> shown, List<BigDecimal> values, BigDecimal total, float x, float y) {
        float step = PdfChartDrawer.labelSize() * 3.2f;
        float row = Math.min(y, (PdfChartDrawer.HEIGHT - 24 + shown.size() * step) / 2);
        for (int k = 0; k < shown.size(); k++) {
            int i = shown.get(k);
            BigDecimal v = PdfChartDrawer.valueOrZero(values, i);
            String share = Percent.rounded(v, total).map(BigDecimal::toPlainString).orElse("");
            String figures = PdfChartDrawer.amount(v) + chart.unit() + "，占" + share + "%";
            canvas.saveState().setFillColor(PdfChartDrawer.colour(k)).rectangle(x, row - 1, 10, 10).fill().restoreState();
            drawer.label(canvas, chart.categories().get(i), x + 16, row, PdfChartDrawer.Align.LEFT);
            drawer.label(canvas, figures, x + 16, row - PdfChartDrawer.labelSize() * 1.3f, PdfChartDrawer.Align.LEFT);
            row -= step;
        }
    }
}
