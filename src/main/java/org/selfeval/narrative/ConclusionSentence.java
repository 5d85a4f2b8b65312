package org.selfeval.narrative;

import java.math.BigDecimal;
import org.selfeval.model.Report;
import org.selfeval.profile.RegionalProfile;
import org.selfeval.scoring.DepartmentScore;

/**
 * 四(一) 评价结论 from the score: the grade is derived (under the region's {@link org.selfeval.model.GradeBands}), never typed, so the sentence
 * cannot contradict the number (R20). Without a score the text is empty.
 */
public final class ConclusionSentence {
    private ConclusionSentence() {
    }

    /** "2023年度，依据部门整体绩效自评体系量化评分，自评得分97.5分，综合评定为优秀等次。" */
    public static String of(Report report) {
        // the 自评得分 is the department sheet's total where the sheet is complete, else the one entered
        BigDecimal score = DepartmentScore.of(report).filter(s -> !report.departmentSheet().isEmpty())
                .flatMap(DepartmentScore::total).orElse(report.conclusion().score());
        if (score == null) {
            return "";
        }
        return report.year() + "年度，依据部门整体绩效自评体系量化评分，自评得分" + Figures.score(score)
                + "分，综合评定为" + RegionalProfile.forId(report.profile()).gradeOf(score).longLabel() + "等次。";
    }
}
