package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.math.BigDecimal;

/**
 * 四、评价结论及建议. The grade is not stored: it is {@link Grade#of} the score.
 *
 * @param score          自评得分 from the department-level scoring system (0–100, 2 decimals)
 * @param conclusionText (一)评价结论 as written; null = generated from score and grade
 * @param problems       (二)存在问题
 * @param suggestions    (三)改进建议
 */
@RecordBuilder
public record Conclusion(BigDecimal score, String conclusionText, String problems, String suggestions)
        implements ConclusionBuilder.With {
    public static final Conclusion EMPTY = new Conclusion(null, null, "", "");

    public Conclusion {
        score = Scores.normalize(score);
        if (score != null && score.compareTo(Scores.HUNDRED) > 0) {
            throw new IllegalArgumentException("自评得分不能超过 100 分：" + score.toPlainString());
        }
        problems = problems == null ? "" : problems;
        suggestions = suggestions == null ? "" : suggestions;
    }
}
