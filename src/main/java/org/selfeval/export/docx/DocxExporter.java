package org.selfeval.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.selfeval.document.ReportDocument;
import org.selfeval.document.ReportDocumentBuilder;
import org.selfeval.export.AtomicOutput;
import org.selfeval.export.ReportExporter;
import org.selfeval.model.Report;
import org.selfeval.export.AppendedForm;

/**
 * The report as a Word document for last edits in Word or WPS: same content and order as the PDF, real
 * heading styles, A4 with the GB/T 9704 margins, Chinese faces by name, tables as tables, the 自评表 in a
 * landscape section. Written to a temporary file and moved into place.
 */
public final class DocxExporter implements ReportExporter {
    private final Function<Report, ReportDocument> layout;

    public DocxExporter() {
        this(ReportDocumentBuilder::build);
    }

    public DocxExporter(Function<Report, ReportDocument> layout) {
        this.layout = Objects.requireNonNull(layout);
    }

    @Override
    public String extension() {
        return "docx";
    }

    /** 乐山市营商环境服务管理局2023年度部门整体支出绩效自评报告.docx. */
    public static String fileName(Report report) {
        String cleaned = report.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
        return (cleaned.isEmpty() ? "自评报告" : cleaned) + ".docx";
    }

    @Override
    public void export(Report report, Path target) throws IOException {
        write(report, layout.apply(report), target);
    }

    public void write(Report report, ReportDocument document, Path target) throws IOException {
        AtomicOutput.write(target, out -> write(report, document, out));
    }

    void write(Report report, ReportDocument document, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(document.title());
            doc.getProperties().getCoreProperties().setCreator(report.department().fullName());
            doc.getProperties().getCoreProperties().setSubjectProperty(report.year() + "年度部门整体支出绩效自评报告");
            DocxStyles.install(doc);
            DocxFontTable.install(doc);
            DocxPageSetup.portrait(doc);
            XWPFParagraph last = new DocxBodyWriter(doc).write(document);
            var forms = AppendedForm.of(report);
            if (!forms.isEmpty()) {
                DocxPageSetup.breakToLandscape(doc, last);
                DocxLandscapePageNumbers.install(doc);
                new DocxProjectForms(doc).write(forms);
            }
            doc.write(out);
        }
    }
}
