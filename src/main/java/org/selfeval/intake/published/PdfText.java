package org.selfeval.intake.published;

import com.itextpdf.kernel.exceptions.BadPasswordException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.exchange.ReportFormatException;

/**
 * Reads the text layer of a report saved as PDF (文字层), page by page with iText's
 * {@link LocationTextExtractionStrategy}, and joins the lines the page width broke back into
 * paragraphs ({@link LineJoiner}). A PDF without text (a scan) is refused: its words are pictures.
 */
final class PdfText {
    /** A report has a few dozen pages. */
    static final int MAX_PAGES = 1000;

    private PdfText() {
    }

    static ReportText read(Path file, String name) throws ReportFormatException {
        if (SourceFile.magic(file, name) != SourceFile.Magic.PDF) {
            throw SourceFile.refusal(name, "不是 PDF 文件（文件开头没有 PDF 标记）");
        }
        List<List<String>> pages = new ArrayList<>();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            int n = pdf.getNumberOfPages();
            if (n > MAX_PAGES) {
                throw SourceFile.refusal(name, "有 " + n + " 页，超过上限 " + MAX_PAGES + " 页，拒绝读取");
            }
            for (int i = 1; i <= n; i++) {
                String text = PdfTextExtractor.getTextFromPage(pdf.getPage(i), new LocationTextExtractionStrategy());
                pages.add(List.of(text.split("\\R")));
            }
        } catch (BadPasswordException e) {
            throw SourceFile.refusal(name, "PDF 设置了打开密码，请取消密码后再导入");
        } catch (IOException | RuntimeException e) {
            throw SourceFile.refusal(name, "PDF 文件已损坏或无法解析，读不出文字");
        }
        boolean anyText = pages.stream().flatMap(List::stream).anyMatch(l -> !l.isBlank());
        if (!anyText) {
            throw SourceFile.refusal(name, "PDF 没有文字层，像是扫描件（每页都是图片），无法识别其中的文字；"
                    + "请导入原始的 Word 文档，或先用文字识别（OCR）软件转成带文字的文件");
        }
        return new ReportText(LineJoiner.join(pages), List.of("从 PDF 的文字层读取，按页面宽度折断的行已重新连成段落，请核对段落的分界"));
    }
}
