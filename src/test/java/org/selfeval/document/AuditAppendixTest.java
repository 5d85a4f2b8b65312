package org.selfeval.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.audit.Auditor;
import org.selfeval.audit.Finding;
import org.selfeval.audit.Severity;
import org.selfeval.exchange.ReportJson;
import org.selfeval.export.docx.DocxExporter;
import org.selfeval.export.fonts.FontLocator;
import org.selfeval.export.pdf.PdfExporter;
import org.selfeval.model.FindingNote;
import org.selfeval.model.Report;

class AuditAppendixTest {
    private static final String NOTE = "该项目资金系年底追加，次年一季度完成支付";

    @TempDir
    Path dir;

    private static Report sample() throws Exception {
        return ReportJson.read(Path.of("sample-data/leshan-2023.json"));
    }

    private static Finding firstOf(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).findFirst().orElseThrow();
    }

    @Test
    void thePdfAndTheDocxCarryTheClerksNote() throws Exception {
        Report sample = sample();
        List<Finding> findings = Auditor.standard().audit(sample);
        Finding warning = firstOf(findings, Severity.WARNING);
        Report noted = sample.withFindingNotes(List.of(new FindingNote(warning.key(), NOTE)));
        assertThat(AuditAppendix.hasNotes(noted)).isTrue();

        Path pdf = dir.resolve("r.pdf");
        new PdfExporter(AuditAppendix.layout(false), FontLocator.forThisMachine()).export(noted, pdf);
        String text = pdfText(pdf).replaceAll("\\s", "");
        assertThat(text).contains("附：审核说明").contains(NOTE).contains(warning.ruleId());

        Path docx = dir.resolve("r.docx");
        new DocxExporter(AuditAppendix.layout(false)).export(noted, docx);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("附：审核说明").contains(NOTE);
            // the appendix follows the 附件 line and the 署名, and opens a new page
            List<String> texts = doc.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList();
            int heading = texts.indexOf(texts.stream().filter(t -> t.contains("附：审核说明")).findFirst().orElseThrow());
            int signature = texts.lastIndexOf(noted.department().fullName());
            int attachment = texts.indexOf(texts.stream().filter(t -> t.startsWith("附件")).findFirst().orElseThrow());
            assertThat(attachment).isLessThan(heading);
            assertThat(signature).isBetween(attachment, heading);
            assertThat(doc.getParagraphs().get(heading).isPageBreak()).isTrue();
        }
    }

    @Test
    void withoutNotesNothingIsAppendedUnlessTheOpenErrorsAreAsked() throws Exception {
        Report sample = sample().withFindingNotes(List.of());
        List<Finding> findings = Auditor.standard().audit(sample);
        ReportDocument plain = ReportDocumentBuilder.build(sample);
        assertThat(AuditAppendix.hasNotes(sample)).isFalse();
        assertThat(AuditAppendix.layout(false).apply(sample)).isEqualTo(plain);

        ReportDocument withErrors = AuditAppendix.layout(true).apply(sample);
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        List<Block> added = withErrors.blocks().subList(plain.blocks().size(), withErrors.blocks().size());
        if (errors == 0) {
            assertThat(added).isEmpty();
        } else {
            assertThat(added.get(0)).isEqualTo(new Heading(1, "附：", "审核说明"));
            assertThat(added).hasSize(1 + (int) errors);
            assertThat(((Paragraph) added.get(1)).text()).contains(firstOf(findings, Severity.ERROR).ruleId()).contains("尚未说明");
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        StringBuilder all = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                all.append(PdfTextExtractor.getTextFromPage(doc.getPage(i)));
            }
        }
        return all.toString();
    }
}
