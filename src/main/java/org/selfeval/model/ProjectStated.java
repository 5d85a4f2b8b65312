package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * The figures of a 项目支出绩效自评表 that the table states for itself and the program can also
 * compute: the 总额 (年度资金总额) row, its 执行率, the 预算执行 得分 and the 合计/总分. Each is null when
 * the table states nothing there (the app's own forms), {@link Stated#blank()} when it leaves the
 * cell empty.
 *
 * @param totalInitial   总额 row, 年初预算 (年初预算数)
 * @param totalAdjusted  总额 row, 调整后预算数 (全年预算数)
 * @param totalExecuted  总额 row, 预算执行数 (全年执行数)
 * @param executionRate  总额 row, 预算执行率 (%)
 * @param executionScore 总额 row, 得分 of 预算执行
 * @param totalScore     合计 (总分) row, 得分
 */
@RecordBuilder
public record ProjectStated(
        Stated totalInitial,
        Stated totalAdjusted,
        Stated totalExecuted,
        Stated executionRate,
        Stated executionScore,
        Stated totalScore) implements ProjectStatedBuilder.With {
    public static final ProjectStated NONE = new ProjectStated(null, null, null, null, null, null);

    public ProjectStated {
        totalInitial = totalInitial == null ? null : totalInitial.asMoney();
        totalAdjusted = totalAdjusted == null ? null : totalAdjusted.asMoney();
        totalExecuted = totalExecuted == null ? null : totalExecuted.asMoney();
        executionRate = executionRate == null ? null : executionRate.asPercent();
        executionScore = executionScore == null ? null : executionScore.asScore();
        totalScore = totalScore == null ? null : totalScore.asScore();
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
