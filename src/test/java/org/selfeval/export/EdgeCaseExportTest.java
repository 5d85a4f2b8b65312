package org.selfeval.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.export.docx.DocxExporter;
import org.selfeval.export.fonts.FontLocator;
import org.selfeval.export.pdf.PdfExporter;
import org.selfeval.model.Department;
import org.selfeval.model.Report;

class EdgeCaseExportTest {
    @Test
    void anEmptyReportExportsToBothFormats(@TempDir Path dir) throws Exception {
        Report empty = Report.empty("x", 2024, new Department("某某局", "某局"));
        Path pdf = dir.resolve(PdfExporter.fileName(empty));
        new PdfExporter().export(empty, pdf);
        assertThat(pdf.getFileName().toString()).isEqualTo("某某局2024年度部门整体支出绩效自评报告.pdf");
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        }
        Path docx = dir.resolve(DocxExporter.fileName(empty));
        new DocxExporter().export(empty, docx);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).isNotEmpty();
        }
    }

    @Test
    void withoutAnyChineseFontTheBuiltInFontIsUsedAndAnnounced(@TempDir Path dir, @TempDir Path noFonts) throws Exception {
        Report report = SampleDocuments.report();
        PdfExporter exporter = new PdfExporter(org.selfeval.document.ReportDocumentBuilder::build,
                new FontLocator(null, List.of(noFonts)));
        Path pdf = dir.resolve("r.pdf");
        exporter.export(report, pdf);
        assertThat(exporter.fontNotices()).hasSize(5).allSatisfy(n -> assertThat(n).contains("STSong-Light"));
        assertThat(exporter.notices()).isEqualTo(exporter.fontNotices());
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            assertThat(PdfTextExtractor.getTextFromPage(doc.getPage(1))).contains("部门基本情况");
        }
    }

    @Test
    void theCommandLineAndTheWindowFindBothExporters() {
        List<String> extensions = new java.util.ArrayList<>();
        java.util.ServiceLoader.load(org.selfeval.export.ReportExporter.class).forEach(e -> extensions.add(e.extension()));
        assertThat(extensions).contains("pdf", "docx");
    }

    @Test
    void fileNamesDropCharactersWindowsRefuses() {
        Report odd = Report.empty("x", 2023, new Department("某局/分局:*", ""));
        assertThat(PdfExporter.fileName(odd)).isEqualTo("某局分局2023年度部门整体支出绩效自评报告.pdf");
        assertThat(DocxExporter.fileName(odd)).isEqualTo("某局分局2023年度部门整体支出绩效自评报告.docx");
    }
}
