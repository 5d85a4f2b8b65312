package org.selfeval.export.xlsx;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorScoring;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.QualitativeGrade;

/**
 * The 得分 formula of one indicator row, the Excel form of {@link org.selfeval.model.IndicatorScoring}
 * (domain.md §1.3, S6): ≥/&gt; proportional below target, = with the zero-target rule, ≤/&lt; linear
 * down to 0 at twice the target, 定性 the default share of its grade.
 */
final class IndicatorFormulas {
    private IndicatorFormulas() {
    }

    /**
     * @param target cell reference of 指标值 (a number cell)
     * @param actual cell reference of 完成值 (a number cell)
     * @param weight cell reference of 权重
     */
    static String quantitative(IndicatorNature nature, String target, String actual, String weight) {
        String positive = "IF(" + actual + ">=" + target + ",ROUND(" + weight + ",2),IF(OR(" + target + "<=0,"
                + actual + "<=0),0,ROUND(" + actual + "*" + weight + "/" + target + ",2)))";
        return switch (nature) {
            case AT_LEAST, MORE_THAN -> positive;
            case EQUAL -> "IF(" + target + "=0,IF(" + actual + "<=0,ROUND(" + weight + ",2),0)," + positive + ")";
            case AT_MOST, LESS_THAN -> "IF(" + actual + "<=" + target + ",ROUND(" + weight + ",2),IF(OR(" + target
                    + "<=0," + actual + ">=2*" + target + "),0,ROUND(" + weight + "*(1-(" + actual + "-" + target + ")/"
                    + target + "),2)))";
            case QUALITATIVE -> throw new IllegalArgumentException("定性指标没有定量公式");
        };
    }

    /** Default score of a 定性 row by its grade (达成 100 %, 部分达成 70 %, 未达成 30 %). */
    static String qualitative(QualitativeGrade grade, String weight) {
        String share = switch (grade) {
            case ACHIEVED -> "1";
            case PARTIALLY_ACHIEVED -> "0.7";
            case NOT_ACHIEVED -> "0.3";
        };
        return "ROUND(" + weight + "*" + share + ",2)";
    }

    /** A 得分 formula and the score the model computes for it, its cached result. */
    record Formula(String text, BigDecimal score) {
    }

    /**
     * The formula for the row, if the workbook can compute its score itself: the score was not
     * stated, and a quantitative row has number cells for 指标值 and 完成值 (a 定性 row needs a grade).
     * Its score is {@link IndicatorScoring}'s over what those cells hold.
     *
     * @param targetValue the number in the 指标值 cell, null when it holds text
     * @param actualValue the number in the 完成值 cell, null when it holds text
     */
    static Optional<Formula> forRow(Indicator row, BigDecimal targetValue, BigDecimal actualValue, String target,
                                    String actual, String weight) {
        if (row.score() != null || row.weight() == null || row.effectiveScore().isEmpty()) {
            return Optional.empty();
        }
        if (!row.nature().isQuantitative()) {
            return Optional.of(new Formula(qualitative(row.grade(), weight),
                    IndicatorScoring.qualitativeDefault(row.grade(), row.weight())));
        }
        if (targetValue == null || actualValue == null) {
            return Optional.empty();
        }
        return Optional.of(new Formula(quantitative(row.nature(), target, actual, weight),
                IndicatorScoring.quantitative(row.nature(), targetValue, actualValue, row.weight())));
    }
}
