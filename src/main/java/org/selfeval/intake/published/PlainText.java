package org.selfeval.intake.published;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.exchange.TextDecoding;

/**
 * Reads a report saved as plain text (.txt, 纯文本): UTF-8 or GBK/GB18030 as {@link TextDecoding}
 * tells them apart, one paragraph a line. Binary content (a Word file or a PDF renamed .txt, an image)
 * is refused with what it looks like instead.
 */
final class PlainText {
    private PlainText() {
    }

    static ReportText read(Path file, String name) throws ReportFormatException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw SourceFile.refusal(name, "无法读取文件：" + e.getMessage());
        }
        switch (SourceFile.magic(bytes, Math.min(bytes.length, 8))) {
            case ZIP -> throw SourceFile.refusal(name, "文件内容是 Word（.docx）或其他压缩文件，不是纯文本；请把扩展名改为 .docx 后再导入");
            case PDF -> throw SourceFile.refusal(name, "文件内容是 PDF，不是纯文本；请把扩展名改为 .pdf 后再导入");
            case OLE2 -> throw SourceFile.refusal(name, "文件内容是旧版 Word（.doc）等 Office 文件，不是纯文本；请在 Word 或 WPS 中另存为 .docx 后再导入");
            default -> {
            }
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            throw SourceFile.refusal(name, "文本是 UTF-16 编码（记事本的“Unicode”格式），无法读取；请用记事本另存为 UTF-8 编码后再导入");
        }
        TextDecoding.Decoded decoded;
        try {
            decoded = TextDecoding.decode(bytes);
        } catch (CharacterCodingException e) {
            throw SourceFile.refusal(name, "文件既不是 UTF-8 也不是 GBK/GB18030 编码的文本，其中有无法识别的字节，无法读出文字；"
                    + "请用记事本或 WPS 另存为 UTF-8 编码的文本后再导入");
        }
        String text = decoded.text();
        if (isBinary(text)) {
            throw SourceFile.refusal(name, "文件内容不是文字（含有大量控制字符，像是图片或其他二进制文件），不是纯文本的报告");
        }
        List<String> notices = new ArrayList<>();
        if (!decoded.encoding().equals("UTF-8")) {
            notices.add("文本按 GBK/GB18030 编码读取（Windows 记事本“ANSI”格式）");
        }
        return new ReportText(List.of(text.split("\\R")), notices);
    }

    /** Text with NUL bytes or more than one control character in a hundred is not a report. */
    private static boolean isBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls > 0 && controls * 100 > text.length();
    }
}
