package org.selfeval.export.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.selfeval.document.ReportDocument;
import org.selfeval.export.AtomicOutput;
import org.selfeval.export.ReportExporter;
import org.selfeval.export.fonts.FontChoice;
import org.selfeval.export.fonts.FontLocator;
import org.selfeval.export.fonts.FontRole;
import org.selfeval.model.Report;
import org.selfeval.export.AppendedForm;

/**
 * The report as printed: GB/T 9704-2012 portrait pages for the body, then each project's 自评表 on
 * landscape pages, fonts embedded as subsets. Written to a temporary file and moved into place.
 */
public final class PdfExporter implements ReportExporter {
    private static final String CREATOR = "部门整体支出绩效自评报告编制工具";

    private final Function<Report, ReportDocument> layout;
    private final FontLocator locator;
    private volatile Map<FontRole, FontChoice> choices;

    /** The exporter of the app: the narrative layer's layout and this machine's fonts. */
    public PdfExporter() {
        this(org.selfeval.document.ReportDocumentBuilder::build, FontLocator.forThisMachine());
    }

    /**
     * @param layout  turns a report into the printed document (the narrative layer's builder)
     * @param locator finds the faces; {@link FontLocator#forThisMachine()} in the app
     */
    public PdfExporter(Function<Report, ReportDocument> layout, FontLocator locator) {
        this.layout = Objects.requireNonNull(layout);
        this.locator = Objects.requireNonNull(locator);
    }

    @Override
    public String extension() {
        return "pdf";
    }

    /** The file name the clerk expects: 乐山市营商环境服务管理局2023年度部门整体支出绩效自评报告.pdf. */
    public static String fileName(Report report) {
        return safeFileName(report.title()) + ".pdf";
    }

    static String safeFileName(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
        return cleaned.isEmpty() ? "自评报告" : cleaned;
    }

    /** The faces used per role (found once per exporter). */
    public Map<FontRole, FontChoice> fontChoices() {
        Map<FontRole, FontChoice> c = choices;
        if (c == null) {
            c = locator.locate();
            choices = c;
        }
        return c;
    }

    /** One Chinese notice per role whose official face was substituted; empty when all were found. */
    public List<String> fontNotices() {
        return fontChoices().values().stream().map(FontChoice::substitutionNotice).flatMap(Optional::stream).toList();
    }

    @Override
    public List<String> notices() {
        return fontNotices();
    }

    @Override
    public void export(Report report, Path target) throws IOException {
        write(report, layout.apply(report), target);
    }

    /**
     * Object streams, and every stream deflated at zlib's fastest level: on the 644-page report 3.5 %
     * sooner than the default level for a file 11 % larger (5 % on the sample), which a clerk mails either way.
     */
    static WriterProperties writerProperties() {
        return new WriterProperties().setFullCompressionMode(true)
                .setCompressionLevel(com.itextpdf.kernel.pdf.CompressionConstants.BEST_SPEED);
    }

    /** Finds and reads the faces and lays out one line into no file: iText's classes and the fonts loaded. */
    @Override
    public void prepare() throws IOException {
        PdfFonts fonts = new PdfFonts(fontChoices());
        PdfDocument pdf = new PdfDocument(new PdfWriter(OutputStream.nullOutputStream(), writerProperties()));
        try (Document doc = new Document(pdf, PageSize.A4)) {
            doc.add(new com.itextpdf.layout.element.Paragraph("部门整体支出绩效自评报告").setFont(fonts.body()));
        }
    }

    /** Writes an already laid-out document (the projects' forms come from the report). */
    public void write(Report report, ReportDocument document, Path target) throws IOException {
        AtomicOutput.write(target, out -> write(report, document, out));
    }

    void write(Report report, ReportDocument doc, OutputStream out) throws IOException {
        PdfFonts fonts = new PdfFonts(fontChoices());
        PdfWriter writer = new PdfWriter(out, writerProperties());
        try (PdfDocument pdf = new PdfDocument(writer)) {
            properties(pdf, report, doc);
            PdfPageNumbers.install(pdf, fonts.pageNumber());
            // each page is written out when the next starts: numbers and continuation lines are
            // stamped as a page is finished
            Document document = new Document(pdf, PageSize.A4, true);
            document.setMargins(GbtLayout.TOP, GbtLayout.RIGHT, GbtLayout.BOTTOM, GbtLayout.LEFT);
            document.setSplitCharacters(new ChineseLineBreaking());
            new PdfBodyWriter(document, fonts).write(doc);
            new PdfProjectForms(document, fonts).write(AppendedForm.of(report));
            document.close();
        }
    }

    private static void properties(PdfDocument pdf, Report report, ReportDocument doc) {
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(doc.title());
        info.setAuthor(report.department().fullName());
        info.setSubject(report.year() + "年度部门整体支出绩效自评报告");
        info.setKeywords("部门整体支出绩效自评;" + report.year());
        info.setCreator(CREATOR);
        pdf.getCatalog().setLang(new PdfString("zh-CN"));
    }
}
