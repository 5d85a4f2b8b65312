package org.selfeval.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.document.ReportDocument;
import org.selfeval.export.SampleDocuments;
import org.selfeval.export.fonts.FontLocator;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

class PdfExporterTest {
    private static final float MM = GbtLayout.MM;
    @TempDir
    static Path dir;
    static Report report;
    static ReportDocument document;
    static Path pdf;
    static PdfProbe probe;
    static String text;

    @BeforeAll
    static void export() throws Exception {
        report = SampleDocuments.report();
        document = org.selfeval.document.ReportDocumentBuilder.build(report);
        pdf = dir.resolve(PdfExporter.fileName(report));
        new PdfExporter(r -> document, FontLocator.forThisMachine()).export(report, pdf);
        probe = PdfProbe.read(pdf);
        StringBuilder all = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                all.append(PdfTextExtractor.getTextFromPage(doc.getPage(i)));
            }
        }
        text = all.toString().replaceAll("\\s+", "").replaceAll("\u2014\\d+\u2014", "");
    }

    @Test
    void fileNameIsTheTitle() {
        assertThat(pdf.getFileName().toString()).isEqualTo("乐山市营商环境服务管理局2023年度部门整体支出绩效自评报告.pdf");
        assertThat(dir.toFile().list()).containsExactly(pdf.getFileName().toString());
    }

    @Test
    void everyFigureOfChapterTwoCanBeReadBack() {
        Finances f = report.finances();
        List<String> figures = new ArrayList<>();
        figures.add(SampleDocuments.money(f.incomeTotal()));
        figures.add(SampleDocuments.money(f.expenditureTotal()));
        for (IncomeSource s : f.income().keySet()) {
            figures.add(s.label() + SampleDocuments.money(f.income(s))
                    + SampleDocuments.share(f.income(s), f.incomeTotal()).replace("%", ""));
        }
        for (ExpenditureCategory c : f.expenditure().keySet()) {
            figures.add(c.label() + SampleDocuments.money(f.expenditure(c))
                    + SampleDocuments.share(f.expenditure(c), f.expenditureTotal()).replace("%", ""));
        }
        figures.add(f.carryover().total().toPlainString());
        figures.add(f.carryover().project().toPlainString());
        assertThat(figures).allSatisfy(fig -> assertThat(text).contains(fig));
        String chapterTwo = org.selfeval.document.PlainText.render(document).replaceAll("\\s+", "");
        chapterTwo = chapterTwo.substring(chapterTwo.indexOf("二、"), chapterTwo.indexOf("三、"));
        assertThat(chapterTwo).contains(f.incomeTotal().toPlainString());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?").matcher(chapterTwo);
        while (m.find()) {
            assertThat(text).contains(m.group());
        }
    }

    @Test
    void portraitPagesAreA4WithTheGbtMargins() {
        assertThat(probe.pageSizes.get(0)[0]).isCloseTo(595.28f, within(0.5f));
        assertThat(probe.pageSizes.get(0)[1]).isCloseTo(841.89f, within(0.5f));
        List<PdfProbe.Glyph> body = probe.glyphs.stream()
                .filter(g -> !probe.landscape(g.page()) && Math.abs(g.size() - GbtLayout.BODY_SIZE) < 0.1f).toList();
        float minX = (float) body.stream().mapToDouble(PdfProbe.Glyph::x).min().orElseThrow();
        float maxRight = (float) body.stream().mapToDouble(PdfProbe.Glyph::right).max().orElseThrow();
        assertThat(minX / MM).as("left margin mm").isCloseTo(28f, within(0.5f));
        assertThat((maxRight - minX) / MM).as("text block width mm").isBetween(150f, 156.5f);
        PdfProbe.Glyph firstBody = probe.onPage(1, GbtLayout.BODY_SIZE).get(0);
        assertThat(firstBody.text()).isEqualTo("一");
        assertThat((firstBody.x() - GbtLayout.LEFT) / (GbtLayout.BODY_SIZE + GbtLayout.CHAR_SPACING))
                .as("first-line indent in characters").isCloseTo(2f, within(0.05f));
        float titleTop = (float) probe.onPage(1, GbtLayout.TITLE_SIZE).stream().mapToDouble(PdfProbe.Glyph::top).max().orElseThrow();
        assertThat((GbtLayout.PAGE_HEIGHT - titleTop) / MM).as("title glyph top mm").isBetween(37f, 41f);
        float pageTwoTop = (float) probe.onPage(2, GbtLayout.BODY_SIZE).stream().mapToDouble(PdfProbe.Glyph::top).max().orElseThrow();
        float lineBoxTop = pageTwoTop + (GbtLayout.LEADING - GbtLayout.BODY_SIZE) / 2;
        assertThat((GbtLayout.PAGE_HEIGHT - lineBoxTop) / MM).as("first grid line top mm").isCloseTo(37f, within(1.5f));
    }

    @Test
    void bodyPagesHold22LinesOf28Characters() {
        int fullest = 0;
        int longest = 0;
        for (int page = 2; page <= probe.pages(); page++) {
            if (probe.landscape(page)) {
                continue;
            }
            Map<Integer, String> lines = probe.lines(page, GbtLayout.BODY_SIZE);
            fullest = Math.max(fullest, lines.size());
            for (String line : lines.values()) {
                if (line.codePoints().allMatch(cp -> cp >= 0x2E80)) {
                    longest = Math.max(longest, line.codePointCount(0, line.length()));
                }
            }
        }
        assertThat(fullest).isEqualTo(GbtLayout.LINES_PER_PAGE);
        assertThat(longest).isEqualTo(GbtLayout.CHARS_PER_LINE);
    }

    @Test
    void noLineStartsWithClosingOrEndsWithOpeningPunctuation() {
        long quotes = 0;
        for (int page = 1; page <= probe.pages(); page++) {
            for (String line : probe.lines(page, GbtLayout.BODY_SIZE).values()) {
                String first = line.substring(0, 1);
                String last = line.substring(line.length() - 1);
                assertThat(ChineseLineBreaking.NO_LINE_START).as("page %d line %s", page, line).doesNotContain(first);
                assertThat(ChineseLineBreaking.NO_LINE_END).as("page %d line %s", page, line).doesNotContain(last);
                if (first.equals("\"")) {
                    assertThat(quotes % 2).as("closing straight quote at the start of %s", line).isZero();
                }
                quotes += line.chars().filter(ch -> ch == '"').count();
            }
        }
    }

    @Test
    void bookmarksFollowTheHeadings() throws Exception {
        List<String> expected = document.blocks().stream().filter(b -> b instanceof org.selfeval.document.Heading)
                .map(b -> ((org.selfeval.document.Heading) b).level() + " " + ((org.selfeval.document.Heading) b).text()).toList();
        List<String> found = new ArrayList<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            walk(doc.getOutlines(false), 0, found);
        }
        assertThat(found).isNotEmpty().containsExactlyElementsOf(expected);
    }

    private static void walk(com.itextpdf.kernel.pdf.PdfOutline outline, int level, List<String> out) {
        for (com.itextpdf.kernel.pdf.PdfOutline child : outline.getAllChildren()) {
            out.add((level + 1) + " " + child.getTitle());
            walk(child, level + 1, out);
        }
    }

    @Test
    void noPageEndsWithAHeading() {
        java.util.Set<String> headings = new java.util.HashSet<>();
        document.blocks().stream().filter(b -> b instanceof org.selfeval.document.Heading)
                .forEach(b -> headings.add(((org.selfeval.document.Heading) b).text()));
        for (int page = 1; page <= probe.pages(); page++) {
            var lines = probe.lines(page, GbtLayout.BODY_SIZE);
            if (!lines.isEmpty()) {
                String last = ((java.util.TreeMap<Integer, String>) lines).lastEntry().getValue();
                assertThat(headings).as("page %d ends with %s", page, last).doesNotContain(last);
            }
        }
    }

    @Test
    void pageNumbersSitBelowTheBlockOddRightEvenLeft() {
        for (int page = 1; page <= probe.pages(); page++) {
            if (probe.landscape(page)) {
                continue;
            }
            List<PdfProbe.Glyph> number = probe.onPage(page, GbtLayout.PAGE_NUMBER_SIZE).stream()
                    .filter(g -> g.y() < GbtLayout.BOTTOM).toList();
            String label = number.stream().map(PdfProbe.Glyph::text).reduce("", String::concat);
            assertThat(label.replace(" ", "")).isEqualTo("\u2014" + page + "\u2014");
            float left = number.get(0).x();
            float right = number.get(number.size() - 1).right();
            // the dash line 7 mm below the block is measured in PdfGbtDetailsTest
            if (page % 2 == 1) {
                assertThat(GbtLayout.LEFT + GbtLayout.BLOCK_WIDTH - right).isCloseTo(GbtLayout.PAGE_NUMBER_SIZE, within(1f));
            } else {
                assertThat(left - GbtLayout.LEFT).isCloseTo(GbtLayout.PAGE_NUMBER_SIZE, within(1f));
            }
        }
    }

    @Test
    void eachProjectFormIsOnLandscapePages() {
        int firstLandscape = 1;
        while (!probe.landscape(firstLandscape)) {
            firstLandscape++;
        }
        for (int page = firstLandscape; page <= probe.pages(); page++) {
            assertThat(probe.landscape(page)).as("page %d", page).isTrue();
        }
        assertThat(probe.pages() - firstLandscape + 1).isGreaterThanOrEqualTo(report.projects().size());
        for (Project p : report.projects()) {
            assertThat(text).contains(p.name());
            assertThat(text).contains(p.totalScore().map(BigDecimal::toPlainString).orElse(""));
        }
        assertThat(text).contains("部门预算项目支出绩效自评表（2023年度）").contains("报表编号：510000_0013zp");
    }

    @Test
    void fontsAreEmbeddedAndPropertiesSet() throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            var info = doc.getDocumentInfo();
            assertThat(info.getTitle()).isEqualTo(report.title());
            assertThat(info.getAuthor()).isEqualTo("乐山市营商环境服务管理局");
            assertThat(info.getSubject()).contains("2023年度");
            assertThat(info.getMoreInfo("CreationDate")).startsWith("D:");
            boolean builtIn = new PdfExporter(r -> document, FontLocator.forThisMachine()).fontChoices().values().stream()
                    .anyMatch(c -> c.isBuiltIn());
            org.junit.jupiter.api.Assumptions.assumeFalse(builtIn, "没有可嵌入的中文字体，跳过嵌入检查");
            PdfDictionary fonts = doc.getPage(1).getResources().getResource(PdfName.Font);
            assertThat(fonts.keySet()).isNotEmpty();
            for (PdfName key : fonts.keySet()) {
                PdfDictionary font = fonts.getAsDictionary(key);
                PdfDictionary descendant = font.getAsArray(PdfName.DescendantFonts).getAsDictionary(0);
                PdfDictionary descriptor = descendant.getAsDictionary(PdfName.FontDescriptor);
                assertThat(descriptor.containsKey(PdfName.FontFile2) || descriptor.containsKey(PdfName.FontFile3))
                        .as("font %s embedded", font.getAsName(PdfName.BaseFont)).isTrue();
                assertThat(font.getAsName(PdfName.BaseFont).getValue()).matches("[A-Z]{6}\\+.*");
            }
        }
        assertThat(Files.size(pdf)).isLessThan(2_000_000);
    }
}
