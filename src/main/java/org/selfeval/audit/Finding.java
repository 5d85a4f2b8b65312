package org.selfeval.audit;

/**
 * One audit finding.
 *
 * @param ruleId   catalogue id, e.g. R18
 * @param severity 错误 / 警告 / 提示
 * @param message  Chinese message naming the figures, e.g. "年末实有在职人员 37 人，但分项合计 36 人"
 * @param location chapter and field
 * @param source   where the rule comes from, e.g. "财预〔2020〕10号" or "年末实有在职人员 = 各类人员之和"
 */
public record Finding(String ruleId, Severity severity, String message, Location location, String source) {
    /** Stable key for attaching a 说明 (see {@code FindingNote}): rule id and field path. */
    public String key() {
        return ruleId + "@" + location.path();
    }
}
