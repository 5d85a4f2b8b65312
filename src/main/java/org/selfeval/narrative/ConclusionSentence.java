package org.selfeval.narrative;

import java.math.BigDecimal;
import org.selfeval.model.Grade;
import org.selfeval.model.Report;

/**
 * 四(一) 评价结论 from the score: the grade is derived ({@link Grade#of}), never typed, so the sentence
 * cannot contradict the number (R20). Without a score the text is empty.
 */
public final class ConclusionSentence {
    private ConclusionSentence() {
    }

    /** "2023年度，依据部门整体绩效自评体系量化评分，自评得分97.5分，综合评定为优秀等次。" */
    public static String of(Report report) {
        BigDecimal score = report.conclusion().score();
        if (score == null) {
            return "";
        }
        return report.year() + "年度，依据部门整体绩效自评体系量化评分，自评得分" + Figures.score(score)
                + "分，综合评定为" + Grade.of(score).longLabel() + "等次。";
    }
}
