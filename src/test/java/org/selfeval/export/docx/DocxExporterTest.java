package org.selfeval.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.selfeval.document.Heading;
import org.selfeval.document.ReportDocument;
import org.selfeval.document.ReportDocumentBuilder;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

class DocxExporterTest {
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
        file = dir.resolve(DocxExporter.fileName(report));
        new DocxExporter().export(report, file);
    }

    private static XWPFDocument open() throws Exception {
        return DocxXml.open(file);
    }

    @Test
    void headingsComeBackInOrderWithOutlineLevels() throws Exception {
        // every heading level, run-in headings ("（一）机构组成。…" opens its paragraph) too
        List<String> expected = new ArrayList<>();
        for (var b : document.blocks()) {
            if (b instanceof Heading h) {
                expected.add("Heading" + h.level() + " " + h.text());
            } else if (b instanceof org.selfeval.document.Paragraph p && p.runIn() != null) {
                expected.add("Heading" + p.runIn().level() + " " + p.runIn().text());
            }
        }
        assertThat(expected).anyMatch(e -> e.startsWith("Heading4"));
        try (XWPFDocument doc = open()) {
            List<String> found = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    String e = expected.size() > found.size() ? expected.get(found.size()) : "";
                    String text = p.getStyle() + " " + p.getText();
                    found.add(text.startsWith(e) ? e : text);
                }
            }
            assertThat(found).isNotEmpty().containsExactlyElementsOf(expected);
            for (int level = 1; level <= 4; level++) {
                var style = doc.getStyles().getStyle("Heading" + level);
                assertThat(style).as("Heading%d", level).isNotNull();
                assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(level - 1));
                assertThat(style.getName()).isEqualTo("heading " + level);
            }
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("黑体");
            assertThat(doc.getStyles().getStyle("Heading2").getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("楷体");
        }
    }

    @Test
    void pageSetupIsA4WithGbtMarginsThenLandscapeForms() throws Exception {
        try (XWPFDocument doc = open()) {
            CTSectPr first = doc.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                    .findFirst().orElseThrow().getCTP().getPPr().getSectPr();
            assertThat(first.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(first.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(first.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(2098));
            assertThat(first.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1587));
            assertThat(first.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(1474));
            assertThat(first.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1984));
            assertThat(first.sizeOfFooterReferenceArray()).isEqualTo(2);
            CTSectPr last = doc.getDocument().getBody().getSectPr();
            assertThat(last.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(last.getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(doc.getEvenAndOddHeadings()).isTrue();
        }
    }

    @Test
    void pageNumbersAreFieldsOddRightEvenLeft() throws Exception {
        try (XWPFDocument doc = open()) {
            var policy = DocxXml.portraitFooters(doc);
            XWPFParagraph odd = policy.getDefaultFooter().getParagraphs().get(0);
            XWPFParagraph even = policy.getEvenPageFooter().getParagraphs().get(0);
            assertThat(odd.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
            assertThat(even.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.LEFT);
            for (XWPFParagraph p : List.of(odd, even)) {
                assertThat(p.getCTP().xmlText()).contains("PAGE").contains("\u2014");
                assertThat(p.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
                assertThat(p.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
            }
        }
    }

    @Test
    void bodyRunsUseChineseFacesAndTablesAreTables() throws Exception {
        try (XWPFDocument doc = open()) {
            List<String> faces = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    if (!r.text().isBlank()) {
                        faces.add(DocxXml.eastAsiaFace(doc, p, r));
                    }
                }
            }
            assertThat(faces).contains("仿宋", "黑体", "楷体", "方正小标宋简体").doesNotContainNull();
            long bodyTables = document.blocks().stream().filter(b -> b instanceof org.selfeval.document.Table).count();
            long charts = document.blocks().stream().filter(b -> b instanceof org.selfeval.document.ChartBlock).count();
            assertThat(doc.getCharts()).hasSize((int) charts);
            // each project's form is two tables: the rows above the 绩效指标 block, and the block
            assertThat(doc.getTables()).hasSize((int) bodyTables + 2 * report.projects().size());
            String all = doc.getTables().stream().map(XWPFTable::getText).reduce("", String::concat);
            for (Project p : report.projects()) {
                assertThat(all).contains(p.name()).contains(p.totalFunds().executed().toPlainString());
                p.totalScore().ifPresent(s -> assertThat(all).contains(s.toPlainString()));
            }
            assertThat(all).contains(report.finances().incomeTotal().toPlainString())
                    .contains(report.finances().expenditureTotal().toPlainString());
        }
        assertThat(dir.toFile().list()).containsExactly(file.getFileName().toString());
    }
}
