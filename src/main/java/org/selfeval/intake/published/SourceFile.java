package org.selfeval.intake.published;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.selfeval.exchange.ReportFormatException;

/**
 * The checks made on a file before any format reader opens it (文件检查): that it is a file, not too
 * large, and what its first bytes say it really is, so that a refusal can name the true kind.
 */
final class SourceFile {
    /** Larger files are refused before they are opened. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    /** What the first bytes of a file say it is. */
    enum Magic {
        ZIP, PDF, OLE2, OTHER
    }

    private SourceFile() {
    }

    static void checkSize(Path file, String name) throws ReportFormatException {
        try {
            if (!Files.isRegularFile(file)) {
                throw refusal(name, "文件不存在或不是普通文件");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw refusal(name, "文件大小 " + size / 1024 / 1024 + " MB，超过上限 " + MAX_BYTES / 1024 / 1024
                        + " MB，已发布的自评报告不应这么大，拒绝读取");
            }
        } catch (IOException e) {
            throw refusal(name, "无法读取文件：" + e.getMessage());
        }
    }

    static Magic magic(Path file, String name) throws ReportFormatException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw refusal(name, "无法读取文件：" + e.getMessage());
        }
        return magic(head, n);
    }

    static Magic magic(byte[] head, int n) {
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Magic.ZIP;
        }
        if (n >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
            return Magic.PDF;
        }
        if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            return Magic.OLE2;
        }
        return Magic.OTHER;
    }

    /** A refusal of the file with a Chinese reason; the message is the whole story (no stack trace). */
    static ReportFormatException refusal(String name, String reason) {
        return new ReportFormatException(name, "", reason);
    }
}
