package org.selfeval.export;

import java.util.Locale;
import org.selfeval.model.Report;

/**
 * The file names the clerk expects, from the department's full name and the year:
 * 乐山市营商环境服务管理局2023年度部门整体支出绩效自评报告.pdf (also .docx and .json) and
 * 乐山市营商环境服务管理局2023年度项目支出绩效自评表.xlsx; the 报送包 folder
 * 乐山市营商环境服务管理局2023年度绩效自评报送材料 and its zip.
 */
public final class ExportNames {
    private ExportNames() {
    }

    /**
     * Longest name in UTF-8 bytes: file systems allow 255, and the temporary name a file is written
     * under first ({@link AtomicOutput}) adds a dot, a random number and ".part".
     */
    static final int MAX_NAME_BYTES = 200;

    /** The file name for an exporter's extension (pdf, docx, xlsx, json, …). */
    public static String forExtension(Report report, String extension) {
        String ext = extension.toLowerCase(Locale.ROOT);
        String kind = "xlsx".equals(ext) ? "项目支出绩效自评表" : "部门整体支出绩效自评报告";
        return named(report, report.year() + "年度" + kind + "." + ext);
    }

    /** The 报送包 folder name; the zip is this name plus .zip. */
    public static String packageFolder(Report report) {
        return named(report, report.year() + "年度绩效自评报送材料");
    }

    /** The department's name, shortened (whole characters) where the name would be too long, then {@code rest}. */
    private static String named(Report report, String rest) {
        String department = safe(report.department().fullName());
        int budget = MAX_NAME_BYTES - ".zip".length() - utf8(rest);
        StringBuilder kept = new StringBuilder();
        department.codePoints().takeWhile(cp -> utf8(kept.toString() + Character.toString(cp)) <= budget)
                .forEach(kept::appendCodePoint);
        return kept + rest;
    }

    private static int utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** Drops the characters Windows does not allow in a file name. */
    static String safe(String name) {
        return name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
    }
}
