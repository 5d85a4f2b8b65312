package org.selfeval.export.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.charts.ChartData;

/** Grouped bars: one group per category, one bar per series, value labels, a scale and a legend. */
final class BarChart {
    private static final int TICKS = 5;
    private final PdfChartDrawer drawer;
    private final PdfCanvas canvas;
    private final ChartData chart;

    BarChart(PdfChartDrawer drawer, PdfCanvas canvas, ChartData chart) {
        this.drawer = drawer;
        this.canvas = canvas;
        this.chart = chart;
    }

    void draw() {
        float left = 56;
        float right = PdfChartDrawer.WIDTH - 10;
        float bottom = 36;
        float top = PdfChartDrawer.HEIGHT - 50;
        double max = 0;
        for (ChartData.Series s : chart.series()) {
            for (BigDecimal v : s.values()) {
                max = Math.max(max, v == null ? 0 : v.doubleValue());
            }
        }
        double scale = niceCeiling(max * 1.12);
        legend(PdfChartDrawer.HEIGHT - 36);
        axis(left, right, bottom, top, scale);
        int groups = Math.max(1, chart.categories().size());
        int bars = Math.max(1, chart.series().size());
        float groupWidth = (right - left) / groups;
        float barWidth = groupWidth * 0.7f / bars;
        for (int g = 0; g < chart.categories().size(); g++) {
            float groupLeft = left + g * groupWidth + groupWidth * 0.15f;
            for (int s = 0; s < chart.series().size(); s++) {
                BigDecimal v = PdfChartDrawer.valueOrZero(chart.series().get(s).values(), g);
                float h = (float) ((top - bottom) * v.doubleValue() / scale);
                float x = groupLeft + s * barWidth;
                canvas.saveState().setFillColor(PdfChartDrawer.colour(s)).rectangle(x, bottom, barWidth - 2, h).fill()
                        .restoreState();
                drawer.label(canvas, PdfChartDrawer.amount(v), x + barWidth / 2 - 1, bottom + h + 3, PdfChartDrawer.Align.CENTER);
            }
            List<String> lines = wrap(chart.categories().get(g), groupWidth - 4);
            for (int l = 0; l < lines.size(); l++) {
                drawer.label(canvas, lines.get(l), left + g * groupWidth + groupWidth / 2, bottom - 12 - l * 11,
                        PdfChartDrawer.Align.CENTER);
            }
        }
    }

    private void axis(float left, float right, float bottom, float top, double scale) {
        canvas.saveState().setLineWidth(0.5f);
        for (int t = 0; t <= TICKS; t++) {
            float y = bottom + (top - bottom) * t / TICKS;
            canvas.setStrokeColor(t == 0 ? ColorConstants.BLACK : new DeviceGray(0.8f)).moveTo(left, y).lineTo(right, y).stroke();
            String tick = BigDecimal.valueOf(scale * t / TICKS).stripTrailingZeros().toPlainString();
            drawer.label(canvas, tick, left - 4, y - 3, PdfChartDrawer.Align.RIGHT);
        }
        canvas.setStrokeColor(ColorConstants.BLACK).moveTo(left, bottom).lineTo(left, top).stroke().restoreState();
        drawer.label(canvas, chart.unit(), left - 4, top + 8, PdfChartDrawer.Align.RIGHT);
    }

    private void legend(float y) {
        float x = PdfChartDrawer.WIDTH / 2 - chart.series().size() * 45;
        for (int s = 0; s < chart.series().size(); s++) {
            canvas.saveState().setFillColor(PdfChartDrawer.colour(s)).rectangle(x, y - 1, 10, 10).fill().restoreState();
            drawer.label(canvas, chart.series().get(s).name(), x + 14, y, PdfChartDrawer.Align.LEFT);
            x += 90;
        }
    }

    /** A category label in at most two lines that fit the group's width; the rest ends in "…". */
    private List<String> wrap(String label, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int[] cps = label.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            String next = line + new String(Character.toChars(cps[i]));
            if (drawer.labelFont().getWidth(next, PdfChartDrawer.labelSize()) > width && line.length() > 0) {
                if (lines.size() == 1) {
                    line.setLength(Math.max(0, line.length() - 1));
                    line.append('…');
                    break;
                }
                lines.add(line.toString());
                line.setLength(0);
            }
            line.appendCodePoint(cps[i]);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The smallest 1, 2 or 5 × 10^k at or above the value (1 for an empty chart). */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
