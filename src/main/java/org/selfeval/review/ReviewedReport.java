package org.selfeval.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One report of a reviewed folder, as the summary shows it.
 *
 * @param source          the file or folder, relative to the reviewed folder
 * @param department      部门全称 ("" when the file does not say)
 * @param year            评价年度
 * @param profile         the region's rules the report was audited with
 * @param statedScore     自评得分 as the report states it
 * @param computedScore   the department sheet's total, when the sheet is complete
 * @param grade           等级 (of the computed score, else of the stated one); "" when neither is known
 * @param errors          错误 count
 * @param warnings        警告 count
 * @param notices         提示 count
 * @param topFindings     the first few findings, most severe first
 * @param executionRate   部门预算执行率 (%), 支出合计 ÷ 全年预算数, when both are known
 * @param threePublicChange "三公"经费 本年决算 against 上年决算 (%), when both are known
 */
public record ReviewedReport(String source, String department, int year, String profile, Optional<BigDecimal> statedScore,
                             Optional<BigDecimal> computedScore, String grade, int errors, int warnings, int notices,
                             List<String> topFindings, Optional<BigDecimal> executionRate,
                             Optional<BigDecimal> threePublicChange) {
    public ReviewedReport {
        topFindings = List.copyOf(topFindings);
    }
}
