package org.selfeval.intake.published;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.TestReports;
import org.selfeval.export.fonts.FontChoice;
import org.selfeval.intake.ImportPreview;

/** The sample's original text read from GBK bytes, from a .docx and from a PDF's text layer gives the same. */
class PublishedReportFormatsTest {
    @TempDir
    Path dir;

    static List<String> lines;

    @BeforeAll
    static void load() throws Exception {
        PublishedReportSampleTest.sample = TestReports.sample();
        lines = Files.readAllLines(PublishedReportSampleTest.ORIGINAL, StandardCharsets.UTF_8);
    }

    @Test
    void gbkBytesReadAsTheUtf8Text() throws Exception {
        Path gbk = dir.resolve("乐山-GBK.txt");
        Files.write(gbk, String.join("\r\n", lines).getBytes(Charset.forName("GBK")));

        ImportPreview preview = new PublishedReportReader().read(gbk);

        PublishedReportSampleTest.assertSameAsSample(preview);
        PublishedReportSampleTest.assertParagraphsAsSample(preview);
        assertThat(preview.notices()).anyMatch(n -> n.contains("GBK"));
    }

    @Test
    void aWordDocumentReadsTheSame() throws Exception {
        Path docx = dir.resolve("乐山.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("乐山市营商环境服务管理局2023年度部门整体支出绩效自评报告");
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.createTable(2, 3).getRow(0).getCell(0).setText("项目名称");
            doc.write(out);
        }

        ImportPreview preview = new PublishedReportReader().read(docx);

        PublishedReportSampleTest.assertParagraphsAsSample(withoutName(preview));
        PublishedReportSampleTest.assertSameAsSample(preview);
        assertThat(PublishedReportSampleTest.byKey(preview).get("department.fullName").value()).isEqualTo("乐山市营商环境服务管理局");
        assertThat(preview.notices()).anyMatch(n -> n.contains("1 个表格"));
    }

    @Test
    void aPdfsTextLayerGivesTheSameFiguresAndParagraphs() throws Exception {
        Path pdf = dir.resolve("乐山.pdf");
        int pages;
        try (PdfDocument doc = new PdfDocument(new PdfWriter(pdf.toFile())); Document layout = new Document(doc, PageSize.A4, false)) {
            PdfFont font = PdfFontFactory.createFont(FontChoice.BUILT_IN, "UniGB-UCS2-H");
            layout.setFont(font).setFontSize(14);
            layout.add(new Paragraph("乐山市营商环境服务管理局2023年度").setFontSize(20));
            layout.add(new Paragraph("部门整体支出绩效自评报告").setFontSize(20));
            for (String line : lines) {
                layout.add(new Paragraph(line).setFirstLineIndent(28));
            }
            pages = doc.getNumberOfPages();
            for (int i = 1; i <= pages; i++) {
                // the page number of GB/T 9704, below the text: "— 1 —"
                layout.showTextAligned(new Paragraph("— " + i + " —").setFontSize(14), 297, 30, i, TextAlignment.CENTER, VerticalAlignment.BOTTOM, 0);
            }
        }
        assertThat(pages).isGreaterThan(3);

        ImportPreview preview = new PublishedReportReader().read(pdf);

        PublishedReportSampleTest.assertSameAsSample(preview);
        PublishedReportSampleTest.assertParagraphsAsSample(withoutName(preview));
        assertThat(PublishedReportSampleTest.byKey(preview).get("department.fullName").value()).isEqualTo("乐山市营商环境服务管理局");
        assertThat(preview.notices()).anyMatch(n -> n.contains("PDF"));
    }

    private static ImportPreview withoutName(ImportPreview p) {
        return new ImportPreview(p.fileName(), p.kind(),
                p.found().stream().filter(f -> !f.target().key().value().equals("department.fullName")).toList(), p.notFound(), p.notices());
    }
}
