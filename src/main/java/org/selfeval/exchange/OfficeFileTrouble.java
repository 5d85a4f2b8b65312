package org.selfeval.exchange;

import java.util.Optional;

/**
 * Why POI could not open an Office Open XML file (.xlsx, .docx), in the clerk's words, when the
 * reason is one the clerk can act on: a zip bomb (POI's {@code ZipSecureFile} limits) or a password.
 */
public final class OfficeFileTrouble {
    private OfficeFileTrouble() {
    }

    /** The reason found in the exception or its causes; empty when it is none of these (a damaged file). */
    public static Optional<String> explain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("max. ratio") || m.contains("exceed the max")) {
                return Optional.of("文件疑似压缩炸弹（解压后体积异常膨胀），为保护电脑已拒绝读取");
            }
            if (m.contains("encrypt") || m.contains("password")) {
                return Optional.of("文件设置了打开密码（已加密），请取消密码后再导入");
            }
        }
        return Optional.empty();
    }
}
