package org.selfeval.export.pdf;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.element.Image;
import java.math.BigDecimal;
import java.util.List;
import org.selfeval.charts.ChartData;

/**
 * Draws a {@link ChartData} as vector graphics (a form XObject placed like an image): a pie with a
 * legend giving each slice's value and share, or grouped bars with value labels and a scale.
 */
final class PdfChartDrawer {
    /** A little narrower than the block, so float rounding never makes iText force it into place. */
    static final float WIDTH = GbtLayout.BLOCK_WIDTH - 2;
    static final float HEIGHT = 8 * GbtLayout.LEADING;
    private static final float TITLE_SIZE = 12f;
    private static final float LABEL_SIZE = 10f;
    private static final Color[] PALETTE = {
        new DeviceRgb(68, 114, 196), new DeviceRgb(237, 125, 49), new DeviceRgb(112, 173, 71),
        new DeviceRgb(255, 192, 0), new DeviceRgb(91, 155, 213), new DeviceRgb(165, 165, 165),
        new DeviceRgb(158, 72, 14), new DeviceRgb(38, 68, 120)};

    private final PdfDocument pdf;
    private final PdfFonts fonts;

    PdfChartDrawer(PdfDocument pdf, PdfFonts fonts) {
        this.pdf = pdf;
        this.fonts = fonts;
    }

    Image draw(ChartData chart) {
        PdfFormXObject form = new PdfFormXObject(new Rectangle(WIDTH, HEIGHT));
        PdfCanvas canvas = new PdfCanvas(form, pdf);
        text(canvas, fonts.heading(1), TITLE_SIZE, chart.title(), WIDTH / 2, HEIGHT - TITLE_SIZE - 2, Align.CENTER);
        if (chart.kind() == ChartData.Kind.PIE) {
            new PieChart(this, canvas, chart).draw();
        } else {
            new BarChart(this, canvas, chart).draw();
        }
        canvas.release();
        return new Image(form);
    }

    enum Align { LEFT, CENTER, RIGHT }

    PdfFont labelFont() {
        return fonts.body();
    }

    static Color colour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    static void text(PdfCanvas canvas, PdfFont font, float size, String text, float x, float y, Align align) {
        if (text == null || text.isEmpty()) {
            return;
        }
        float w = font.getWidth(text, size);
        float left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        canvas.saveState().setFillColor(ColorConstants.BLACK).beginText().setFontAndSize(font, size)
                .moveText(left, y).showText(text).endText().restoreState();
    }

    void label(PdfCanvas canvas, String text, float x, float y, Align align) {
        text(canvas, labelFont(), LABEL_SIZE, text, x, y, align);
    }

    static float labelSize() {
        return LABEL_SIZE;
    }

    /** Money or score with two decimals, as the report prints it. */
    static String amount(BigDecimal value) {
        return value == null ? "" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static BigDecimal valueOrZero(List<BigDecimal> values, int i) {
        BigDecimal v = i < values.size() ? values.get(i) : null;
        return v == null ? BigDecimal.ZERO : v;
    }
}
