package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * 一、部门基本情况.
 *
 * @param organization (一)机构组成
 * @param functions    (二)1.机构职能
 * @param staffing     (二)2.人员概况
 * @param tasks        (三)年度主要工作任务
 * @param targets      (四)部门整体支出绩效目标
 */
@RecordBuilder
public record DepartmentBasics(
        String organization,
        String functions,
        Staffing staffing,
        AnnualTasks tasks,
        PerformanceTargets targets) implements DepartmentBasicsBuilder.With {
    public static final DepartmentBasics EMPTY = new DepartmentBasics("", "", null, null, null);

    public DepartmentBasics {
        organization = organization == null ? "" : organization;
        functions = functions == null ? "" : functions;
        staffing = staffing == null ? Staffing.EMPTY : staffing;
        tasks = tasks == null ? AnnualTasks.EMPTY : tasks;
        targets = targets == null ? PerformanceTargets.EMPTY : targets;
    }
}
