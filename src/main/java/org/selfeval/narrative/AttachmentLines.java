package org.selfeval.narrative;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/**
 * The 附件 names: one 项目支出绩效自评表 per project, named like the seed
 * ("市政管局项目支出绩效自评表（乐山市不动产联审登记全市通办系统信息化建设）") with the department's short
 * name (full name when there is none) and full-width brackets, without a file extension (GB/T 9704:
 * no punctuation after an attachment name). The text form has one name per line; the writers add
 * "附件：" and the numbers 1. 2. … when there are several.
 */
public final class AttachmentLines {
    private AttachmentLines() {
    }

    public static String generated(Report report) {
        return String.join("\n", names(report));
    }

    public static List<String> names(Report report) {
        String dept = report.department().shortName().isBlank()
                ? report.department().fullName() : report.department().shortName();
        List<String> names = new ArrayList<>(report.projects().size() + 1);
        if (!report.departmentSheet().isEmpty()
                && org.selfeval.profile.RegionalProfile.forId(report.profile()).departmentSheet() != null) {
            names.add(dept + "部门整体支出绩效自评表");
        }
        for (Project p : report.projects()) {
            names.add(dept + "项目支出绩效自评表（" + p.name() + "）");
        }
        return names;
    }

    /**
     * The names printed after "附件：" in a document that appends every project's form: the written
     * names when there is one per project (a file extension such as ".xlsx" dropped), the generated
     * names otherwise, so the line names every appended form (the seed's names one file for two forms).
     */
    public static List<String> printed(Report report, List<String> written) {
        List<String> appended = names(report);
        if (appended.isEmpty()) {
            return written;
        }
        if (written.size() != appended.size()) {
            return appended;
        }
        return written.stream().map(n -> n.replaceFirst("(?i)\\.(xlsx|xls|et|docx|doc|wps|pdf)$", "").strip()).toList();
    }

    /**
     * Splits an attachment text (generated or the clerk's) into names: one per non-blank line, a
     * leading "附件：" and a leading number such as "1." or "2、" removed.
     */
    public static List<String> split(String text) {
        List<String> names = new ArrayList<>();
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (s.startsWith("附件：") || s.startsWith("附件:")) {
                s = s.substring(3).strip();
            }
            s = stripNumber(s);
            if (!s.isEmpty()) {
                names.add(s);
            }
        }
        return names;
    }

    private static String stripNumber(String s) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > 0 && i < s.length() && ".．、".indexOf(s.charAt(i)) >= 0) {
            return s.substring(i + 1).strip();
        }
        return s;
    }
}
