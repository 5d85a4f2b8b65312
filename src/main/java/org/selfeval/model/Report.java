package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * One 部门整体支出绩效自评报告 for one department and one year, with its 项目支出绩效自评表.
 *
 * <p>Immutable: an edit makes a new report. Every field whose name ends in {@code Text} holds
 * prose that could be generated from figures: {@code null} means "generate it", a string means the
 * clerk's own wording, which the audit then checks against the figures (文数一致).
 *
 * @param id             stable id of this report inside a workspace (a UUID string)
 * @param year           评价年度, e.g. 2023
 * @param department     the department being evaluated
 * @param profile        id of the regional rule profile, e.g. {@code sichuan} or {@code national}
 * @param basics         一、部门基本情况
 * @param finances       二、部门财政资金收支情况
 * @param performance    三、部门整体绩效管理情况
 * @param conclusion     四、评价结论及建议
 * @param projects       特定目标类项目 with their 项目支出绩效自评表
 * @param attachmentText 附件 line as written; null = generated from the projects
 * @param findingNotes   the clerk's written 说明 for audit findings
 * @param reportDate     报告日期 printed under the signature; null = not yet set
 * @param departmentSheet 部门整体支出绩效自评表: its base data and the clerk's row entries
 * @param units          the ids of its 下属单位' reports in the same workspace, for the 汇总 (本级 + 下属单位)
 */
@RecordBuilder
public record Report(
        String id,
        int year,
        Department department,
        String profile,
        DepartmentBasics basics,
        Finances finances,
        PerformanceManagement performance,
        Conclusion conclusion,
        List<Project> projects,
        String attachmentText,
        List<FindingNote> findingNotes,
        LocalDate reportDate,
        DepartmentSheet departmentSheet,
        List<String> units) implements ReportBuilder.With {

    public Report {
        if (year < 1990 || year > 2200) {
            throw new IllegalArgumentException("评价年度不合理：" + year);
        }
        department = department == null ? Department.EMPTY : department;
        profile = profile == null || profile.isBlank() ? "sichuan" : profile;
        basics = basics == null ? DepartmentBasics.EMPTY : basics;
        finances = finances == null ? Finances.EMPTY : finances;
        performance = performance == null ? PerformanceManagement.EMPTY : performance;
        conclusion = conclusion == null ? Conclusion.EMPTY : conclusion;
        projects = projects == null ? List.of() : List.copyOf(projects);
        findingNotes = findingNotes == null ? List.of() : List.copyOf(findingNotes);
        departmentSheet = departmentSheet == null ? DepartmentSheet.EMPTY : departmentSheet;
        units = units == null ? List.of() : units.stream().filter(u -> u != null && !u.isBlank()).distinct().toList();
    }

    /** A report without 下属单位. */
    public Report(String id, int year, Department department, String profile, DepartmentBasics basics, Finances finances,
                  PerformanceManagement performance, Conclusion conclusion, List<Project> projects, String attachmentText,
                  List<FindingNote> findingNotes, LocalDate reportDate, DepartmentSheet departmentSheet) {
        this(id, year, department, profile, basics, finances, performance, conclusion, projects, attachmentText,
                findingNotes, reportDate, departmentSheet, null);
    }

    /** A report without a department sheet. */
    public Report(String id, int year, Department department, String profile, DepartmentBasics basics, Finances finances,
                  PerformanceManagement performance, Conclusion conclusion, List<Project> projects, String attachmentText,
                  List<FindingNote> findingNotes, LocalDate reportDate) {
        this(id, year, department, profile, basics, finances, performance, conclusion, projects, attachmentText,
                findingNotes, reportDate, null, null);
    }

    /** An empty report for a department and year. */
    public static Report empty(String id, int year, Department department) {
        return new Report(id, year, department, "sichuan", null, null, null, null, null, null, null, null);
    }

    /** 标题, e.g. 乐山市营商环境服务管理局2023年度部门整体支出绩效自评报告. */
    public String title() {
        return department.fullName() + year + "年度部门整体支出绩效自评报告";
    }
}
