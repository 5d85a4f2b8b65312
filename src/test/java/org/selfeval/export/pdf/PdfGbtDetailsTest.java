package org.selfeval.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.document.ReportDocument;
import org.selfeval.document.ReportDocumentBuilder;
import org.selfeval.export.SampleDocuments;
import org.selfeval.export.fonts.FontChoice;
import org.selfeval.export.fonts.FontLocator;
import org.selfeval.model.Report;

/**
 * GB/T 9704 details measured on the exported sample: the page numbers' dash line (rendered by
 * PDFBox, found in the pixels), the landscape 版心 and numbering of §8, the 附件 line and labels,
 * and no continuation page without table rows.
 */
class PdfGbtDetailsTest {
    private static final float MM = GbtLayout.MM;
    @TempDir
    static Path dir;
    static Report report;
    static ReportDocument document;
    static Path pdf;
    static PdfProbe probe;

    @BeforeAll
    static void export() throws Exception {
        // the project forms alone; the appended department sheet is RegionalFormsExportTest's
        report = SampleDocuments.report().withDepartmentSheet(null);
        document = ReportDocumentBuilder.build(report);
        PdfExporter exporter = new PdfExporter(r -> document, FontLocator.forThisMachine());
        assumeFalse(exporter.fontChoices().values().stream().anyMatch(FontChoice::isBuiltIn),
                "本机没有可嵌入的中文字体（只有 STSong-Light），跳过版面检查");
        pdf = dir.resolve("r.pdf");
        exporter.export(report, pdf);
        probe = PdfProbe.read(pdf);
    }

    @Test
    void theDashLineOfEveryPageNumberIs7mmBelowTheBlock() throws Exception {
        try (PdfRaster raster = PdfRaster.open(pdf)) {
            for (int page = 1; page <= probe.pages(); page++) {
                BufferedImage image = raster.page(page);
                // a dash is about one character long; no digit has a stroke that long
                float dash = 0.8f * GbtLayout.PAGE_NUMBER_SIZE;
                if (!probe.landscape(page)) {
                    OptionalDouble y = PdfRaster.horizontalStroke(image, 0, GbtLayout.BOTTOM - 1, dash);
                    assertThat(y).as("page %d has a dash line under the block", page).isPresent();
                    assertThat((GbtLayout.BOTTOM - y.getAsDouble()) / MM).as("page %d, mm", page).isCloseTo(7, within(0.5));
                } else {
                    // the sheet turned (§8): the block's foot is the landscape page's left edge of the block
                    OptionalDouble x = PdfRaster.verticalStroke(image, 0, GbtLayout.LANDSCAPE_LEFT - 1, dash);
                    assertThat(x).as("page %d has a dash line left of the block", page).isPresent();
                    assertThat((GbtLayout.LANDSCAPE_LEFT - x.getAsDouble()) / MM).as("page %d, mm", page).isCloseTo(7, within(0.5));
                }
            }
        }
    }

    @Test
    void landscapePagesHaveThePortraitBlockTurned225By156() {
        assertThat((GbtLayout.PAGE_HEIGHT - GbtLayout.LANDSCAPE_LEFT - GbtLayout.LANDSCAPE_RIGHT) / MM).isCloseTo(225, within(0.01f));
        assertThat((GbtLayout.PAGE_WIDTH - GbtLayout.LANDSCAPE_TOP - GbtLayout.LANDSCAPE_BOTTOM) / MM).isCloseTo(156, within(0.01f));
        for (int page : landscapePages()) {
            float[] size = probe.pageSizes.get(page - 1);
            // all but the page number and the "（续）" line, which stands above the block like a running head
            List<PdfProbe.Glyph> inside = probe.glyphs.stream().filter(g -> g.page() == page
                    && Math.abs(g.size() - GbtLayout.PAGE_NUMBER_SIZE) > 0.1f && Math.abs(g.size() - PdfProjectForms.CONTINUED_SIZE) > 0.1f)
                    .toList();
            assertThat(inside).isNotEmpty().allSatisfy(g -> {
                assertThat(g.x()).as("page %d %s", page, g.text()).isGreaterThanOrEqualTo(GbtLayout.LANDSCAPE_LEFT - 0.5f);
                assertThat(g.right()).isLessThanOrEqualTo(size[0] - GbtLayout.LANDSCAPE_RIGHT + 0.5f);
                assertThat(g.top()).isLessThanOrEqualTo(size[1] - GbtLayout.LANDSCAPE_TOP + 0.5f);
                assertThat(g.y()).isGreaterThanOrEqualTo(GbtLayout.LANDSCAPE_BOTTOM - 0.5f);
            });
        }
    }

    @Test
    void landscapeNumbersStandOnTheTablesLeftSideLowerOnOddUpperOnEvenPages() {
        float ch = GbtLayout.PAGE_NUMBER_SIZE;
        for (int page : landscapePages()) {
            float height = probe.pageSizes.get(page - 1)[1];
            List<PdfProbe.Glyph> number = probe.onPage(page, GbtLayout.PAGE_NUMBER_SIZE);
            // a face whose space glyph also serves U+00A0 (the Noto faces) reads its spaces back as U+00A0
            assertThat(number.stream().map(PdfProbe.Glyph::text).reduce("", String::concat).replaceAll("[ \u00a0]", ""))
                    .isEqualTo("\u2014" + page + "\u2014");
            // read with the sheet upright: the glyphs run down the page, all left of the block
            assertThat(number).allMatch(g -> g.x() < GbtLayout.LANDSCAPE_LEFT && Math.abs(g.right() - g.x()) < 0.5f);
            float low = (float) number.stream().mapToDouble(PdfProbe.Glyph::y).min().orElseThrow();
            float high = (float) number.stream().mapToDouble(PdfProbe.Glyph::y).max().orElseThrow();
            if (page % 2 == 1) {
                assertThat(high).isLessThan(height / 2);
                assertThat(probe.glyphs.stream().filter(g -> g.page() == page && g.text().equals("\u2014"))
                        .mapToDouble(PdfProbe.Glyph::y).min().orElseThrow() - GbtLayout.LANDSCAPE_BOTTOM)
                        .as("the last dash one character from the block's edge").isCloseTo(2.0 * ch, within(2.0));
            } else {
                assertThat(low).isGreaterThan(height / 2);
                assertThat(height - GbtLayout.LANDSCAPE_TOP - high).as("one character from the block's edge").isCloseTo(ch, within(1f));
            }
        }
    }

    @Test
    void theAttachmentLineNamesEveryFormAndWrapsUnderTheName() {
        assertThat(document.attachments()).hasSize(report.projects().size());
        int page = IntStream.rangeClosed(1, probe.pages()).filter(p -> !probe.landscape(p))
                .filter(p -> probe.lines(p, GbtLayout.BODY_SIZE).values().stream().anyMatch(l -> l.startsWith("附件：1."))).findFirst()
                .orElseThrow();
        List<PdfProbe.Glyph> glyphs = probe.onPage(page, GbtLayout.BODY_SIZE);
        Map<Integer, String> lines = probe.lines(page, GbtLayout.BODY_SIZE);
        List<Integer> ys = lines.entrySet().stream().filter(e -> !e.getValue().replace('\u00a0', ' ').isBlank()).map(Map.Entry::getKey).toList();
        int first = ys.stream().filter(y -> lines.get(y).startsWith("附件：1.")).findFirst().orElseThrow();
        int second = ys.stream().filter(y -> lines.get(y).startsWith("2.")).findFirst().orElseThrow();
        float nameX = lineGlyphs(glyphs, first).get("附件：1.".length()).x();
        float oneX = lineGlyphs(glyphs, first).get("附件：".length()).x();
        assertThat(lineGlyphs(glyphs, second).get(0).x()).as("2. under 1.").isCloseTo(oneX, within(0.5f));
        // the lines between the two numbered ones (the first name wrapped) and after the second start under the name
        for (int y : ys) {
            if (y > first && y != second && y < first + 6 * GbtLayout.LEADING && !lines.get(y).contains(report.department().fullName())) {
                float expected = y < second ? nameX : lineGlyphs(glyphs, second).get(2).x();
                assertThat(lineGlyphs(glyphs, y).get(0).x()).as("line %s", lines.get(y)).isCloseTo(expected, within(0.5f));
            }
        }
        assertThat(lines.get(first) + lines.get(second)).doesNotContain(".xlsx");
    }

    @Test
    void eachAppendedFormIsLabelledAtTheTopLeftOfItsFirstPage() {
        List<Integer> firsts = landscapePages().stream()
                .filter(p -> probe.lines(p, GbtLayout.FORM_SIZE).values().stream().anyMatch(l -> l.contains("项目名称"))).toList();
        assertThat(firsts).hasSize(report.projects().size());
        for (int i = 0; i < firsts.size(); i++) {
            int page = firsts.get(i);
            List<PdfProbe.Glyph> size = probe.onPage(page, GbtLayout.BODY_SIZE);
            List<PdfProbe.Glyph> label = size.stream().filter(g -> Math.abs(g.y() - size.get(0).y()) < 0.5f).toList();
            assertThat(label.stream().map(PdfProbe.Glyph::text).reduce("", String::concat)).isEqualTo("附件" + (i + 1));
            float height = probe.pageSizes.get(page - 1)[1];
            assertThat(label.get(0).x()).isCloseTo(GbtLayout.LANDSCAPE_LEFT, within(1f));
            assertThat(height - GbtLayout.LANDSCAPE_TOP - label.get(0).top()).isBetween(-1f, GbtLayout.BODY_SIZE);
        }
    }

    @Test
    void everyLandscapePageHoldsRowsOfItsTable() throws Exception {
        try (PdfRaster raster = PdfRaster.open(pdf)) {
            for (int page : landscapePages()) {
                BufferedImage image = raster.page(page);
                int[] rows = IntStream.range(0, image.getHeight()).filter(row -> run(image, row) > image.getWidth() / 2).toArray();
                long rules = IntStream.range(0, rows.length).filter(i -> i == 0 || rows[i] > rows[i - 1] + 1).count();
                // the heading row alone has two rules: a page with rows of the table has at least three
                assertThat(rules).as("page %d: ruled rows", page).isGreaterThanOrEqualTo(3);
            }
        }
    }

    private static int run(BufferedImage image, int row) {
        int longest = 0;
        int run = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            run = (image.getRGB(x, row) & 0xff) < 200 ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static List<Integer> landscapePages() {
        return IntStream.rangeClosed(1, probe.pages()).filter(probe::landscape).boxed().toList();
    }

    private static List<PdfProbe.Glyph> lineGlyphs(List<PdfProbe.Glyph> glyphs, int y) {
        return glyphs.stream().filter(g -> Math.round(-g.y()) == y).sorted((a, b) -> Float.compare(a.x(), b.x())).toList();
    }
}
