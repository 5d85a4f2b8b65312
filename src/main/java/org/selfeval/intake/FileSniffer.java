package org.selfeval.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.selfeval.exchange.ReportFormatException;

/**
 * Tells what kind of file the clerk gave by its content: a ZIP holding {@code xl/} is a workbook, one
 * holding {@code word/} a Word document; "%PDF" a PDF; an OLE2 file an old .xls (or .doc, refused);
 * text starting with "{" a report file; other text a published report. A file named .xlsx that is
 * really text is read as what it is.
 */
public final class FileSniffer {
    /** No file a clerk imports is larger; bigger ones are refused before they are opened. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    private static final int HEAD = 8;

    private FileSniffer() {
    }

    public static FileType sniff(Path file) throws ReportFormatException {
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file)) {
                throw new ReportFormatException(file.toString(), "", "文件不存在或不是普通文件");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ReportFormatException(name, "", "文件大小 " + size / 1024 / 1024 + " MB，超过上限 "
                        + MAX_FILE_BYTES / 1024 / 1024 + " MB，拒绝读取");
            }
            if (size == 0) {
                throw new ReportFormatException(name, "", "文件是空的（0 字节）");
            }
            byte[] head = new byte[HEAD];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, HEAD);
            }
            if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return zip(file, name);
            }
            if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
                return FileType.XLS;
            }
            if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
                return FileType.PDF;
            }
            return startsWithBrace(file) ? FileType.REPORT_JSON : FileType.TEXT;
        } catch (IOException e) {
            throw new ReportFormatException(name, "", "无法读取文件：" + e.getMessage());
        }
    }

    private static FileType zip(Path file, String name) throws ReportFormatException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean workbook = false;
            boolean document = false;
            var entries = zip.entries();
            int seen = 0;
            while (entries.hasMoreElements() && seen++ < 10_000) {
                ZipEntry e = entries.nextElement();
                workbook |= e.getName().startsWith("xl/");
                document |= e.getName().startsWith("word/");
            }
            if (workbook) {
                return FileType.XLSX;
            }
            if (document) {
                return FileType.DOCX;
            }
            throw new ReportFormatException(name, "", "是 ZIP 压缩包，但不是 Excel 工作簿（.xlsx）或 Word 文档（.docx）；"
                    + "报送包请先解压，再导入其中的报告文件");
        } catch (IOException e) {
            throw new ReportFormatException(name, "", "文件已损坏：看起来是 ZIP（.xlsx/.docx）文件，但无法打开");
        }
    }

    private static boolean startsWithBrace(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(64);
            int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
            while (i < b.length && Character.isWhitespace(b[i])) {
                i++;
            }
            return i < b.length && b[i] == '{';
        }
    }
}
