package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Regional settings of the audit, read from data (resources {@code profiles/<id>.json}); the clerk
 * picks one per report ({@code Report.profile()}).
 *
 * @param id                      profile id, e.g. sichuan
 * @param name                    display name, e.g. 四川省
 * @param description             what the profile follows, for the picker
 * @param deviationThresholdPct   completion this far above target (%) counts as a deviation (R14; 30)
 * @param lowExecutionPct         execution rate below this (%) needs a reason (R6; 90)
 * @param executionWeight         weight of 预算执行 in a project table (R7, R10; 10)
 * @param level1Weights           expected weight per 一级指标 (national 50/30/10); empty = free split
 * @param scoreCaps               highest total score allowed below an execution rate; empty = none
 * @param overCompletionDeduction points to deduct from an indicator completed far above target; 0 = none
 * @param shortTextLimit          characters allowed in 年度目标完成情况 and 原因 (R24); 0 = no limit
 * @param longTextLimit           characters allowed in 评价结论, 存在问题, 改进措施 (R24); 0 = no limit
 */
public record RuleProfile(
        String id,
        String name,
        String description,
        BigDecimal deviationThresholdPct,
        BigDecimal lowExecutionPct,
        BigDecimal executionWeight,
        Map<String, BigDecimal> level1Weights,
        List<ScoreCap> scoreCaps,
        BigDecimal overCompletionDeduction,
        int shortTextLimit,
        int longTextLimit) {

    public static final RuleProfile SICHUAN = RuleProfiles.load("sichuan");
    public static final RuleProfile NATIONAL = RuleProfiles.load("national");

    /**
     * One step of the execution-rate cap on the total score.
     *
     * @param rateBelowPct execution rate (%) below which the cap applies
     * @param maxScore     highest total score allowed
     */
    public record ScoreCap(BigDecimal rateBelowPct, BigDecimal maxScore) {
    }

    public RuleProfile {
        name = name == null ? id : name;
        description = description == null ? "" : description;
        // insertion order, so that findings come out in the same order every run
        level1Weights = level1Weights == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(level1Weights));
        scoreCaps = scoreCaps == null ? List.of() : List.copyOf(scoreCaps);
        overCompletionDeduction = overCompletionDeduction == null ? BigDecimal.ZERO : overCompletionDeduction;
    }

    /** The profiles the clerk can pick from, Sichuan first. */
    public static List<RuleProfile> available() {
        return List.of(SICHUAN, NATIONAL);
    }

    /** The profile of that id; Sichuan when the id is unknown (the default of a new report). */
    public static RuleProfile forId(String id) {
        return available().stream().filter(p -> p.id().equals(id)).findFirst().orElse(SICHUAN);
    }

    /** The tightest cap for an execution rate (%), if any applies. */
    public Optional<ScoreCap> capFor(BigDecimal ratePercent) {
        ScoreCap best = null;
        for (ScoreCap cap : scoreCaps) {
            if (ratePercent.compareTo(cap.rateBelowPct()) < 0
                    && (best == null || cap.maxScore().compareTo(best.maxScore()) < 0)) {
                best = cap;
            }
        }
        return Optional.ofNullable(best);
    }
}
