package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.math.BigDecimal;

/**
 * One 三级指标 row of a 绩效指标 table.
 *
 * @param level1          一级指标, e.g. 产出指标
 * @param level2          二级指标, e.g. 数量指标
 * @param name            三级指标
 * @param nature          指标性质 (=, ≥, ≤, >, <, 定性)
 * @param target          指标值 as written (a number for a quantitative indicator)
 * @param unit            度量单位, e.g. %, 万元, 个
 * @param actual          完成值 as written
 * @param weight          权重 (分值)
 * @param score           得分 as entered or stated; null = computed by {@link IndicatorScoring}
 * @param grade           定性 grade; null for a quantitative indicator
 * @param deviationReason 未完成原因分析 / 偏差原因分析及改进措施
 * @param scoreLeftBlank  TRUE when the table this row comes from leaves its 得分 cell empty (a
 *                        stated blank, which the audit reports); the computed score is printed. Null otherwise
 */
@RecordBuilder
public record Indicator(
        String level1,
        String level2,
        String name,
        IndicatorNature nature,
        String target,
        String unit,
        String actual,
        BigDecimal weight,
        BigDecimal score,
        QualitativeGrade grade,
        String deviationReason,
        Boolean scoreLeftBlank) implements IndicatorBuilder.With {

    public Indicator {
        level1 = level1 == null ? "" : level1;
        level2 = level2 == null ? "" : level2;
        name = name == null ? "" : name;
        nature = nature == null ? IndicatorNature.AT_LEAST : nature;
        target = target == null ? "" : target;
        unit = unit == null ? "" : unit;
        actual = actual == null ? "" : actual;
        weight = Scores.normalize(weight);
        score = Scores.stated(score);
        // TRUE or null (not false), so that a row typed in the app carries nothing for it
        scoreLeftBlank = Boolean.TRUE.equals(scoreLeftBlank) && score == null ? Boolean.TRUE : null;
        deviationReason = deviationReason == null ? "" : deviationReason;
    }

    /** A row typed in the app (no stated blank). */
    public Indicator(String level1, String level2, String name, IndicatorNature nature, String target, String unit,
                     String actual, BigDecimal weight, BigDecimal score, QualitativeGrade grade, String deviationReason) {
        this(level1, level2, name, nature, target, unit, actual, weight, score, grade, deviationReason, null);
    }

    /** Whether the table leaves this row's 得分 blank. */
    public boolean scoreBlank() {
        return scoreLeftBlank != null;
    }

    /** The score that counts: the stated one, else the computed one, else none. */
    public java.util.Optional<BigDecimal> effectiveScore() {
        return score != null ? java.util.Optional.of(score) : IndicatorScoring.compute(this);
    }
}
