package org.selfeval.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The form's rules gathered into one path per table part print exactly what iText's own cell borders
 * print: same pixels, far fewer strokes; and the exported 自评表 pages use them.
 */
class FormRuleTest {
    @TempDir
    Path dir;

    @Test
    void gatheredRulesPrintTheSamePixelsAsCellBordersWithOneStrokePerTablePart() throws Exception {
        Path plain = dir.resolve("plain.pdf");
        Path ruled = dir.resolve("ruled.pdf");
        write(plain, null);
        write(ruled, new FormRule());

        try (PDDocument a = Loader.loadPDF(plain.toFile()); PDDocument b = Loader.loadPDF(ruled.toFile())) {
            assertThat(b.getNumberOfPages()).isEqualTo(a.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PDFRenderer ra = new PDFRenderer(a);
            PDFRenderer rb = new PDFRenderer(b);
            for (int i = 0; i < a.getNumberOfPages(); i++) {
                BufferedImage ia = ra.renderImage(i, 2, ImageType.GRAY);
                BufferedImage ib = rb.renderImage(i, 2, ImageType.GRAY);
                long ink = inkPixels(ib);
                assertThat(ink).as("page %d has rules", i + 1).isGreaterThan(10_000);
                // one path covers a corner where two segments meet as their union, two strokes each
                // anti-aliased on its own: PDFBox may grey a corner pixel differently (poppler draws
                // both the same), never a line; a rule moved by a quarter of its width changes thousands
                assertThat(differingPixels(ia, ib, 0)).as("page %d, pixels of another grey", i + 1).isLessThanOrEqualTo(ink / 1000);
                assertThat(differingPixels(ia, ib, 64)).as("page %d, pixels of another colour", i + 1).isLessThanOrEqualTo(ink / 5000);
                assertThat(strokes(a, i)).as("page %d, cell borders", i + 1).isGreaterThan(50);
                // the header part and the body part of the indicator table
                assertThat(strokes(b, i)).as("page %d, gathered", i + 1).isBetween(1, 3);
            }
        }
    }

    @Test
    void theExportedFormPagesStrokeTheirRulesOnceOrTwicePerTablePart() throws Exception {
        try (PDDocument doc = ExportedSample.open(dir)) {
            int formPages = 0;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                if (doc.getPage(i).getMediaBox().getWidth() > doc.getPage(i).getMediaBox().getHeight()) {
                    formPages++;
                    assertThat(strokes(doc, i)).as("landscape page %d", i + 1).isBetween(1, 4);
                }
            }
            assertThat(formPages).isPositive();
        }
    }

    /** A form-like table: a header row, a label spanning rows, merged cells, 60 rows over two pages. */
    private static void write(Path file, FormRule rule) throws IOException {
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(file.toString()));
             Document doc = new Document(pdf, PageSize.A4.rotate())) {
            Table table = new Table(UnitValue.createPercentArray(new float[] {2, 3, 3, 1, 1})).useAllAvailableWidth().setFixedLayout();
            for (String h : List.of("level 1", "level 2", "indicator", "weight", "score")) {
                table.addHeaderCell(cell(rule, new Cell(), h));
            }
            for (int r = 0; r < 60; r++) {
                if (r % 10 == 0) {
                    table.addCell(cell(rule, new Cell(10, 1), "block " + r / 10));
                }
                if (r % 5 == 0) {
                    table.addCell(cell(rule, new Cell(5, 1), "group " + r / 5));
                }
                if (r % 7 == 3) {
                    table.addCell(cell(rule, new Cell(1, 2), "merged " + r));
                } else {
                    table.addCell(cell(rule, new Cell(), "indicator " + r));
                    table.addCell(cell(rule, new Cell(), String.valueOf(r)));
                }
                if (r % 7 != 3) {
                    table.addCell(cell(rule, new Cell(), r % 3 == 0 ? "a longer text that wraps onto a second line here" : "x"));
                }
            }
            if (rule != null) {
                RuledTableRenderer.install(table, rule);
            }
            doc.add(table);
        }
    }

    private static Cell cell(FormRule rule, Cell cell, String text) {
        cell.add(new Paragraph(text).setFontSize(9));
        return rule == null ? cell : cell.setBorder(rule);
    }

    private static int strokes(PDDocument doc, int page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(doc.getPage(page));
        List<Object> tokens = new ArrayList<>(parser.parse());
        return (int) tokens.stream().filter(t -> t instanceof Operator o && o.getName().equals("S")).count();
    }

    /** Pixels whose grey differs by more than tolerance levels (of 255). */
    private static long differingPixels(BufferedImage a, BufferedImage b, int tolerance) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                n += Math.abs((a.getRGB(x, y) & 0xff) - (b.getRGB(x, y) & 0xff)) > tolerance ? 1 : 0;
            }
        }
        return n;
    }

    private static long inkPixels(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
            }
        }
        return n;
    }
}
