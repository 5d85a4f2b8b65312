package org.selfeval.profile;

/**
 * A piece of the report that an outline section prints: a field of the forms with what goes with it
 * (its table, its chart, the sub-sections made from a list). Each part is printed in exactly one
 * place of an outline, so nothing the clerk filled in is left out of print.
 */
public enum OutlinePart {
    /** 机构组成 */
    ORGANIZATION,
    /** 机构职能 */
    FUNCTIONS,
    /** 人员概况 (generated or the clerk's) */
    STAFFING,
    /** 年度主要工作任务: intro and 一是…二是… */
    TASKS,
    /** 部门整体支出绩效目标: text and the indicator table */
    TARGETS,
    /** 收入: paragraph, table, pie */
    INCOME,
    /** 支出: paragraph, table, pie */
    EXPENDITURE,
    /** 结转结余: paragraph, table, last year's chart */
    CARRYOVER,
    /** 部门整体履职绩效分析: intro and one run-in sub-section per item */
    DUTY,
    /** 特定目标类项目 整体情况: 一是…六是 and the project charts */
    OVERALL,
    /** the projects of 100万元 and more, one sub-section each */
    LARGE_PROJECTS,
    /** 结果应用 内部应用 */
    INTERNAL_USE,
    /** 结果应用 自评公开 */
    DISCLOSURE,
    /** 问题整改和应用反馈 */
    RECTIFICATION,
    /** 评价结论 (score and grade) */
    CONCLUSION,
    /** 存在问题 */
    PROBLEMS,
    /** 改进建议 */
    SUGGESTIONS
}
