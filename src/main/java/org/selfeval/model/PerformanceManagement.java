package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * 三、部门整体绩效管理情况. Sub-section (二)2, the projects of 100万元 and more, is not stored
 * here: it is listed from {@link Report#projects()}.
 *
 * @param duty            (一)部门整体履职绩效分析
 * @param projectAnalysis (二)1.整体情况
 * @param results         (三)结果应用情况
 */
@RecordBuilder
public record PerformanceManagement(DutyPerformance duty, ProjectAnalysis projectAnalysis, ResultApplication results)
        implements PerformanceManagementBuilder.With {
    public static final PerformanceManagement EMPTY = new PerformanceManagement(null, null, null);

    public PerformanceManagement {
        duty = duty == null ? DutyPerformance.EMPTY : duty;
        projectAnalysis = projectAnalysis == null ? ProjectAnalysis.EMPTY : projectAnalysis;
        results = results == null ? ResultApplication.EMPTY : results;
    }
}
