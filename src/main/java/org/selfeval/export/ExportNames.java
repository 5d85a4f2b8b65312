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

    /** The file name for an exporter's extension (pdf, docx, xlsx, json, …). */
    public static String forExtension(Report report, String extension) {
        String ext = extension.toLowerCase(Locale.ROOT);
        String stem = "xlsx".equals(ext) ? prefix(report) + "项目支出绩效自评表" : prefix(report) + "部门整体支出绩效自评报告";
        return stem + "." + ext;
    }

    /** The 报送包 folder name; the zip is this name plus .zip. */
    public static String packageFolder(Report report) {
        return prefix(report) + "绩效自评报送材料";
    }

    private static String prefix(Report report) {
        String department = safe(report.department().fullName());
        return (department.isEmpty() ? "" : department) + report.year() + "年度";
    }

    /** Drops the characters Windows does not allow in a file name. */
    static String safe(String name) {
        return name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
    }
}
