package org.selfeval.intake.published;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.selfeval.exchange.OfficeFileTrouble;
import org.selfeval.exchange.ReportFormatException;

/**
 * Reads a report saved as Word (.docx): the body's paragraphs in order (a paragraph with line breaks
 * gives one paragraph a line). Tables are skipped and counted in a notice: the figures the import
 * reads stand in the report's sentences. Zip bombs are caught by POI's {@code ZipSecureFile} limits
 * (inflate ratio), left at POI's defaults.
 */
final class DocxText {
    private DocxText() {
    }

    static ReportText read(Path file, String name) throws ReportFormatException {
        switch (SourceFile.magic(file, name)) {
            case ZIP -> {
            }
            case OLE2 -> throw SourceFile.refusal(name, "是旧版 Word（.doc）文件或设置了打开密码，无法读取；请在 Word 或 WPS 中取消密码并另存为 .docx 后再导入");
            case PDF -> throw SourceFile.refusal(name, "文件内容是 PDF，不是 Word 文档；请把扩展名改为 .pdf 后再导入");
            default -> throw SourceFile.refusal(name, "不是 Word 文档（.docx），文件内容不是 ZIP/OOXML 格式");
        }
        List<String> paragraphs = new ArrayList<>();
        int tables = 0;
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraphs.addAll(List.of(p.getText().split("\\R")));
                } else if (element instanceof XWPFTable) {
                    tables++;
                }
            }
        } catch (IOException | RuntimeException e) {
            throw SourceFile.refusal(name, explain(e));
        }
        List<String> notices = new ArrayList<>();
        if (tables > 0) {
            notices.add("文档中的 " + tables + " 个表格没有读取：只从正文的句子中识别数字");
        }
        return new ReportText(paragraphs, notices);
    }

    private static String explain(Throwable e) {
        return OfficeFileTrouble.explain(e).orElse("文件已损坏或不是有效的 Word 文档（.docx），无法打开");
    }
}
