package org.selfeval.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Why a file could not be written, as one Chinese sentence naming it: a full disk, a missing folder, no permission. */
public final class ExportErrors {
    private ExportErrors() {
    }

    /** The {@link IOException} somewhere in the chain of {@code e}, if any. */
    public static Optional<IOException> ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                return Optional.of(io);
            }
        }
        return Optional.empty();
    }

    /** The sentence for a failed write of {@code target}; nothing half-written is left by our writers. */
    public static String describe(Path target, Throwable e) {
        return "无法写入 " + target + "：" + reason(e) + "没有留下不完整的文件。";
    }

    static String reason(Throwable e) {
        IOException io = ioCause(e).orElse(null);
        if (io instanceof NoSuchFileException) {
            return "所在文件夹不存在。";
        }
        if (io instanceof AccessDeniedException) {
            return "没有写入权限。";
        }
        String text = io instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : io != null ? io.getMessage() : e.getMessage();
        if (text != null && (text.contains("No space left") || text.contains("Disk quota exceeded"))) {
            return "磁盘空间已满，请腾出空间后再导出。";
        }
        if (text != null && text.contains("File name too long")) {
            return "文件名太长。";
        }
        return (text == null ? "写入失败" : text) + "。";
    }
}
