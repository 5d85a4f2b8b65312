package org.selfeval.export.docx;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.selfeval.charts.ChartData;

/**
 * A chart as a Word chart (DrawingML, vector, its figures in the embedded workbook): a pie with each
 * slice's share, or grouped columns with their values; text named in 仿宋 / Times New Roman, never in
 * theme fonts (WPS reports those missing).
 */
final class DocxCharts {
    private static final int EMU_PER_TWIP = 635;
    /** Eight lines high, like the PDF's charts. */
    private static final int HEIGHT_TWIPS = 8 * DocxStyles.LINE_TWIPS;
    /** The PDF's colours. */
    private static final String[] PALETTE = {"4472C4", "ED7D31", "70AD47", "FFC000", "5B9BD5", "A5A5A5", "9E480E", "264478"};

    private final XWPFDocument doc;

    DocxCharts(XWPFDocument doc) {
        this.doc = doc;
    }

    void add(ChartData chart) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setIndentationFirstLine(0);
        // a picture taller than the exact line pitch would be cut off
        p.setSpacingBetween(1.0);
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        ppr.addNewSnapToGrid().setVal(Boolean.FALSE);
        try {
            XWPFChart c = doc.createChart(p.createRun(), (DocxPageSetup.BLOCK_WIDTH - 40) * EMU_PER_TWIP,
                    HEIGHT_TWIPS * EMU_PER_TWIP);
            plot(c, chart);
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("无法生成 Word 图表“" + chart.title() + "”", e);
        }
    }

    private static void plot(XWPFChart c, ChartData chart) {
        c.setTitleText(chart.title());
        c.setTitleOverlay(false);
        int n = chart.categories().size();
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(chart.categories().toArray(String[]::new),
                c.formatRange(new CellRangeAddress(1, Math.max(1, n), 0, 0)), 0);
        XDDFChartData data;
        if (chart.kind() == ChartData.Kind.PIE) {
            XDDFPieChartData pie = (XDDFPieChartData) c.createData(ChartTypes.PIE, null, null);
            pie.setVaryColors(true);
            data = pie;
        } else {
            XDDFCategoryAxis bottom = c.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis left = c.createValueAxis(AxisPosition.LEFT);
            left.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFBarChartData bar = (XDDFBarChartData) c.createData(ChartTypes.BAR, bottom, left);
            bar.setBarDirection(BarDirection.COL);
            bar.setVaryColors(false);
            data = bar;
        }
        for (int s = 0; s < chart.series().size(); s++) {
            ChartData.Series series = chart.series().get(s);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(values(series.values(), n),
                    c.formatRange(new CellRangeAddress(1, Math.max(1, n), s + 1, s + 1)), s + 1);
            data.addSeries(categories, values).setTitle(series.name(), c.setSheetTitle(series.name(), s + 1));
        }
        c.plot(data);
        labels(c, chart.kind() == ChartData.Kind.PIE);
        colours(c, chart.kind() == ChartData.Kind.PIE, n);
        c.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        fonts(c);
    }

    private static Double[] values(List<BigDecimal> values, int n) {
        Double[] out = new Double[n];
        for (int i = 0; i < n; i++) {
            BigDecimal v = i < values.size() ? values.get(i) : null;
            out[i] = v == null ? 0.0 : v.doubleValue();
        }
        return out;
    }

    /** Values on the columns; shares on the slices. */
    private static void labels(XWPFChart c, boolean pie) {
        var plot = c.getCTChart().getPlotArea();
        if (pie) {
            plot.getPieChartArray(0).getSerList().forEach(s -> show(s.isSetDLbls() ? s.getDLbls() : s.addNewDLbls(), true));
        } else {
            plot.getBarChartArray(0).getSerList().forEach(s -> show(s.isSetDLbls() ? s.getDLbls() : s.addNewDLbls(), false));
        }
    }

    private static void show(CTDLbls l, boolean percent) {
        l.addNewShowLegendKey().setVal(false);
        l.addNewShowVal().setVal(!percent);
        l.addNewShowCatName().setVal(false);
        l.addNewShowSerName().setVal(false);
        l.addNewShowPercent().setVal(percent);
        l.addNewShowBubbleSize().setVal(false);
    }

    /** Explicit fills (a chart without a theme part has none in LibreOffice): one per slice, one per series of columns. */
    private static void colours(XWPFChart c, boolean pie, int points) {
        var plot = c.getCTChart().getPlotArea();
        if (pie) {
            var ser = plot.getPieChartArray(0).getSerArray(0);
            for (int i = 0; i < points; i++) {
                var point = ser.addNewDPt();
                point.addNewIdx().setVal(i);
                point.addNewBubble3D().setVal(false);
                fill(point.addNewSpPr(), i);
            }
        } else {
            var series = plot.getBarChartArray(0).getSerList();
            for (int s = 0; s < series.size(); s++) {
                var ser = series.get(s);
                fill(ser.isSetSpPr() ? ser.getSpPr() : ser.addNewSpPr(), s);
            }
        }
    }

    private static void fill(org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties sp, int i) {
        if (sp.isSetSolidFill()) {
            sp.unsetSolidFill();
        }
        sp.addNewSolidFill().addNewSrgbClr().setVal(hex(PALETTE[i % PALETTE.length]));
    }

    private static byte[] hex(String rgb) {
        return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16), (byte) Integer.parseInt(rgb.substring(2, 4), 16),
            (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }

    /** All chart text in named faces, 10 pt. */
    private static void fonts(XWPFChart c) {
        var space = c.getCTChartSpace();
        var tx = space.isSetTxPr() ? space.getTxPr() : space.addNewTxPr();
        tx.addNewBodyPr();
        tx.addNewLstStyle();
        CTTextCharacterProperties rpr = tx.addNewP().addNewPPr().addNewDefRPr();
        rpr.setSz(1000);
        rpr.addNewLatin().setTypeface(DocxStyles.LATIN_FACE);
        rpr.addNewEa().setTypeface(DocxStyles.BODY_FACE);
        tx.getPArray(0).addNewEndParaRPr().setLang("zh-CN");
    }
}
