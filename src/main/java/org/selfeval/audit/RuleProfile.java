package org.selfeval.audit;

import java.math.BigDecimal;

/**
 * Regional settings of the audit (Sichuan, national). Placeholder shape: the audit issue turns
 * profiles into data the clerk picks per report.
 *
 * @param id                     profile id, e.g. sichuan
 * @param name                   display name, e.g. 四川省
 * @param deviationThresholdPct  completion this far above target (%) counts as a deviation (R14; 30)
 * @param lowExecutionPct        execution rate below this (%) needs a reason (R6; 90)
 */
public record RuleProfile(String id, String name, BigDecimal deviationThresholdPct, BigDecimal lowExecutionPct) {
    public static final RuleProfile SICHUAN = new RuleProfile("sichuan", "四川省", new BigDecimal("30"), new BigDecimal("90"));
    public static final RuleProfile NATIONAL = new RuleProfile("national", "全国通用", new BigDecimal("30"), new BigDecimal("90"));

    public static RuleProfile forId(String id) {
        return NATIONAL.id().equals(id) ? NATIONAL : SICHUAN;
    }
}
