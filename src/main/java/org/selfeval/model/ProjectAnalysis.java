package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * (二)特定目标类项目绩效分析, 1.整体情况, in its six parts (一是 … 六是).
 *
 * @param targetSetting         一是 绩效目标制定情况
 * @param goalAchievementText   二是 目标实现情况 as written; null = generated from the indicator and
 *                              project counts ("设定三级指标 N 个…", "申报特定目标类预算项目 K 个…")
 * @param publicExpenses        三是 支出控制情况: 公用经费 年初 / 调整 / 决算
 * @param spendingControlText   三是 as written; null = generated from {@code publicExpenses}
 * @param timelyHandling        四是 及时处置情况
 * @param budgetCompletion      五是 预算完成情况
 * @param surplusAndViolations  六是 资金结余率和违规记录等
 */
@RecordBuilder
public record ProjectAnalysis(
        String targetSetting,
        String goalAchievementText,
        BudgetFigures publicExpenses,
        String spendingControlText,
        String timelyHandling,
        String budgetCompletion,
        String surplusAndViolations) implements ProjectAnalysisBuilder.With {
    public static final ProjectAnalysis EMPTY = new ProjectAnalysis("", null, null, null, "", "", "");

    public ProjectAnalysis {
        targetSetting = targetSetting == null ? "" : targetSetting;
        publicExpenses = publicExpenses == null ? BudgetFigures.EMPTY : publicExpenses;
        timelyHandling = timelyHandling == null ? "" : timelyHandling;
        budgetCompletion = budgetCompletion == null ? "" : budgetCompletion;
        surplusAndViolations = surplusAndViolations == null ? "" : surplusAndViolations;
    }
}
