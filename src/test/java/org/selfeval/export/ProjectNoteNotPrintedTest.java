package org.selfeval.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.TestReports;
import org.selfeval.export.docx.DocxExporter;
import org.selfeval.export.pdf.PdfExporter;
import org.selfeval.model.Report;

/** A project's 备注 (the sample's "示例值：…" notes) is the clerk's: never on a printed page or in a cell. */
class ProjectNoteNotPrintedTest {
    @Test
    void thePdfAndTheDocxCarryNoProjectNote(@TempDir Path dir) throws Exception {
        Report sample = TestReports.sample();
        assertThat(sample.projects()).anySatisfy(p -> assertThat(p.dataNote()).contains("示例值"));
        Path pdf = dir.resolve("r.pdf");
        new PdfExporter().export(sample, pdf);
        StringBuilder text = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i)));
            }
        }
        assertThat(text.toString()).contains("政务大厅运行经费").doesNotContain("示例值").doesNotContain("种子报告");
        Path docx = dir.resolve("r.docx");
        new DocxExporter().export(sample, docx);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx)); XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            assertThat(ex.getText()).contains("政务大厅运行经费").doesNotContain("示例值").doesNotContain("种子报告");
        }
    }

    @Test
    void theWorkbookKeepsTheNoteOutOfItsCellsAndReadsItBack(@TempDir Path dir) throws Exception {
        Report sample = TestReports.sample();
        for (String profile : java.util.List.of("sichuan", "national")) {
            Report r = sample.withProfile(profile);
            Path xlsx = dir.resolve(profile + ".xlsx");
            new org.selfeval.export.xlsx.XlsxExporter().export(r, xlsx);
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
                org.apache.poi.ss.usermodel.DataFormatter fmt = new org.apache.poi.ss.usermodel.DataFormatter();
                for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                    for (org.apache.poi.ss.usermodel.Row row : sheet) {
                        for (org.apache.poi.ss.usermodel.Cell cell : row) {
                            assertThat(fmt.formatCellValue(cell)).as(profile + " " + sheet.getSheetName() + "!" + cell.getAddress())
                                    .doesNotContain("示例值").doesNotContain("种子报告").doesNotStartWith("数据说明");
                        }
                    }
                }
            }
            java.util.List<org.selfeval.model.Project> back = new org.selfeval.exchange.xlsx.XlsxImporter().read(xlsx);
            assertThat(back).extracting(org.selfeval.model.Project::dataNote)
                    .containsExactlyElementsOf(r.projects().stream().map(org.selfeval.model.Project::dataNote).toList());
        }
    }
}
