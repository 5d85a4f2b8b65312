package org.selfeval.export;

import java.util.List;
import java.util.Locale;
import org.selfeval.document.AuditAppendix;
import org.selfeval.export.docx.DocxExporter;
import org.selfeval.export.fonts.FontLocator;
import org.selfeval.export.pdf.PdfExporter;
import org.selfeval.export.xlsx.XlsxExporter;

/** The app's four exporters, the PDF and DOCX with or without the 审核说明 appendix. */
public final class Exporters {
    /** The extensions, in the order the window offers them. */
    public static final List<String> EXTENSIONS = List.of("pdf", "docx", "xlsx", "json");

    private Exporters() {
    }

    /**
     * @param appendix          PDF and DOCX get "附：审核说明" (findings with a 说明)
     * @param unexplainedErrors the appendix lists the 错误 without a 说明 too
     */
    public static ReportExporter of(String extension, boolean appendix, boolean unexplainedErrors) {
        return switch (extension.toLowerCase(Locale.ROOT)) {
            case "pdf" -> appendix ? new PdfExporter(AuditAppendix.layout(unexplainedErrors), FontLocator.forThisMachine())
                    : new PdfExporter();
            case "docx" -> appendix ? new DocxExporter(AuditAppendix.layout(unexplainedErrors)) : new DocxExporter();
            case "xlsx" -> new XlsxExporter();
            case "json" -> new JsonExporter();
            default -> throw new IllegalArgumentException("没有 ." + extension + " 格式的导出。");
        };
    }
}
