package org.selfeval.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.selfeval.charts.ChartData;
import org.selfeval.document.ChartBlock;
import org.selfeval.document.ReportDocument;
import org.selfeval.document.ReportDocumentBuilder;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

/** The sample's DOCX as a Word document: styles and defaults, the grid, fonts, footers, tables, charts (read from its XML). */
class DocxWordXmlTest {
    @TempDir
    static Path dir;
    static Report report;
    static ReportDocument document;
    static Path file;

    @BeforeAll
    static void export() throws Exception {
        // the project forms alone; the appended department sheet is RegionalFormsExportTest's
        report = ReportJson.read(Path.of("sample-data/leshan-2023.json")).withDepartmentSheet(null);
        document = ReportDocumentBuilder.build(report);
        file = dir.resolve("r.docx");
        new DocxExporter().export(report, file);
    }

    private static XWPFDocument open() throws Exception {
        return DocxXml.open(file);
    }

    @Test
    void theBodyIsTheNormalStyleOverDocumentDefaults() throws Exception {
        try (XWPFDocument doc = open()) {
            var defaults = doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
            assertThat(defaults.getRFontsArray(0).getEastAsia()).isEqualTo("仿宋");
            assertThat(defaults.getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
            assertThat(defaults.getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(32));
            assertThat(defaults.getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
            var normal = doc.getStyles().getStyle("Normal").getCTStyle();
            assertThat(String.valueOf(normal.getDefault())).isIn("1", "true", "on");
            assertThat(normal.getPPr().getSpacing().getLine()).isEqualTo(BigInteger.valueOf(DocxStyles.LINE_TWIPS));
            assertThat(normal.getPPr().getInd().getFirstLine()).isEqualTo(BigInteger.valueOf(640));
            assertThat(normal.getRPr().getSpacingArray(0).getVal()).isEqualTo(BigInteger.valueOf(DocxStyles.CHARACTER_SPACING));
            for (int level = 1; level <= 4; level++) {
                assertThat(doc.getStyles().getStyle("Heading" + level).getCTStyle().getBasedOn().getVal()).isEqualTo("Normal");
            }
            // body paragraphs carry no direct formatting: no paragraph properties, runs without fonts or sizes
            int plain = 0;
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                    break; // the portrait body ends here; the 自评表 follow
                }
                if (p.getStyle() == null && !p.getText().isBlank() && !p.getCTP().isSetPPr()) {
                    plain++;
                    for (XWPFRun r : p.getRuns()) {
                        assertThat(r.getCTR().isSetRPr()).as(p.getText()).isFalse();
                    }
                }
            }
            assertThat(plain).isGreaterThan(10);
        }
    }

    @Test
    void linesOf28CharactersOn22GridLines() throws Exception {
        try (XWPFDocument doc = open()) {
            var sect = doc.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                    .findFirst().orElseThrow().getCTP().getPPr().getSectPr();
            assertThat(sect.getDocGrid().getType()).isEqualTo(STDocGrid.LINES);
            assertThat(sect.getDocGrid().getLinePitch()).isEqualTo(BigInteger.valueOf(DocxStyles.LINE_TWIPS));
            int height = twips(sect.getPgSz().getH()) - twips(sect.getPgMar().getTop()) - twips(sect.getPgMar().getBottom());
            assertThat(height / DocxStyles.LINE_TWIPS).isEqualTo(22);
            int width = twips(sect.getPgSz().getW()) - twips(sect.getPgMar().getLeft()) - twips(sect.getPgMar().getRight());
            int character = 320 + DocxStyles.CHARACTER_SPACING;
            assertThat(width / character).as("full-width characters a line").isEqualTo(28);
        }
    }

    private static int twips(Object measure) {
        return ((BigInteger) measure).intValue();
    }

    @Test
    void everyFaceIsInTheFontTableWithItsEnglishNameAndCharacterSet() throws Exception {
        try (XWPFDocument doc = open()) {
            var part = doc.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/fontTable.xml")).get(0);
            String xml;
            try (InputStream in = part.getInputStream()) {
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(xml).contains("<w:font w:name=\"仿宋\"><w:altName w:val=\"FangSong\"/>")
                    .contains("<w:font w:name=\"黑体\"><w:altName w:val=\"SimHei\"/>")
                    .contains("<w:font w:name=\"楷体\"><w:altName w:val=\"KaiTi\"/>")
                    .contains("<w:font w:name=\"方正小标宋简体\">").contains("<w:charset w:val=\"86\"/>");
            assertThat(doc.getPackagePart().getRelationshipsByType(
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable")).hasSize(1);
        }
    }

    @Test
    void oddAndEvenFootersCarryThePageFieldWithACachedNumber() throws Exception {
        try (XWPFDocument doc = open()) {
            var policy = DocxXml.portraitFooters(doc);
            assertThat(cached(policy.getDefaultFooter().getParagraphs().get(0))).isEqualTo("1");
            assertThat(cached(policy.getEvenPageFooter().getParagraphs().get(0))).isEqualTo("2");
            assertThat(doc.getSettings().getEvenAndOddHeadings()).isTrue();
        }
    }

    /** The text between the PAGE field's separate and end marks. */
    private static String cached(XWPFParagraph p) {
        StringBuilder out = new StringBuilder();
        boolean inside = false;
        for (XWPFRun r : p.getRuns()) {
            var ctr = r.getCTR();
            if (ctr.sizeOfFldCharArray() > 0) {
                inside = ctr.getFldCharArray(0).getFldCharType().toString().equals("separate");
                continue;
            }
            if (inside) {
                out.append(r.text());
            }
        }
        return out.toString();
    }

    @Test
    void bodyTablesHaveAGridRepeatedHeadersAndRowsThatDoNotSplit() throws Exception {
        try (XWPFDocument doc = open()) {
            // each project's form is two tables: the rows above the 绩效指标 block, and the block
            List<XWPFTable> body = doc.getTables().subList(0, doc.getTables().size() - 2 * report.projects().size());
            assertThat(body).isNotEmpty();
            for (XWPFTable t : body) {
                var grid = t.getCTTbl().getTblGrid();
                assertThat(grid.sizeOfGridColArray()).isEqualTo(t.getRow(0).getTableCells().size());
                int sum = grid.getGridColList().stream().mapToInt(c -> ((BigInteger) c.getW()).intValue()).sum();
                assertThat(sum).isCloseTo(DocxPageSetup.BLOCK_WIDTH, org.assertj.core.api.Assertions.within(5));
                assertThat(t.getRow(0).isRepeatHeader()).isTrue();
                for (XWPFTableRow row : t.getRows()) {
                    assertThat(row.isCantSplitRow()).isTrue();
                }
            }
        }
    }

    @Test
    void aFormsTwoTablesAreKeptApartByAHiddenParagraphSoTheyTouch() throws Exception {
        try (XWPFDocument doc = open()) {
            List<XWPFTable> tables = doc.getTables();
            List<org.apache.poi.xwpf.usermodel.IBodyElement> body = doc.getBodyElements();
            int first = tables.size() - 2 * report.projects().size();
            assertThat(report.projects()).isNotEmpty();
            for (int k = first; k < tables.size(); k += 2) {
                int top = body.indexOf(tables.get(k));
                int block = body.indexOf(tables.get(k + 1));
                assertThat(block - top).as("one paragraph between the form's two tables").isEqualTo(2);
                XWPFParagraph joint = (XWPFParagraph) body.get(top + 1);
                assertThat(joint.getText()).isEmpty();
                var mark = joint.getCTP().getPPr().getRPr();
                assertThat(mark).as("the paragraph mark's run properties").isNotNull();
                assertThat(mark.sizeOfVanishArray()).as("the paragraph mark is hidden").isEqualTo(1);
                assertThat(joint.getRuns()).allMatch(XWPFRun::isVanish);
            }
        }
    }

    @Test
    void chartsAreWordChartsHoldingTheirFigures() throws Exception {
        List<ChartData> charts = document.blocks().stream().filter(b -> b instanceof ChartBlock).map(b -> ((ChartBlock) b).chart())
                .toList();
        try (XWPFDocument doc = open()) {
            assertThat(doc.getCharts()).hasSize(charts.size());
            for (int i = 0; i < charts.size(); i++) {
                ChartData expected = charts.get(i);
                XWPFChart chart = doc.getCharts().get(i);
                String xml = chart.getCTChartSpace().xmlText();
                assertThat(chart.getCTChart().getTitle().xmlText()).contains(expected.title());
                for (String category : expected.categories()) {
                    assertThat(xml).contains(category);
                }
                for (ChartData.Series s : expected.series()) {
                    for (var v : s.values()) {
                        if (v != null && v.signum() != 0) {
                            assertThat(xml).contains("<c:v>" + v.stripTrailingZeros().toPlainString());
                        }
                    }
                }
                assertThat(xml).contains("仿宋").doesNotContain("+mn-ea");
            }
        }
    }
}
