package org.selfeval.profile;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.selfeval.model.Grade;
import org.selfeval.model.GradeBands;

/**
 * A region's way of writing and scoring the report, read from data (resources
 * {@code org/selfeval/profile/<id>.json}); the clerk picks one per report ({@code Report.profile()}).
 * The PDF, DOCX and XLSX of a report all take their outline and forms from the same profile.
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
 * @param gradeBands              where 优 / 良 / 中 begin (90 / 80 / 60 nationally)
 * @param projectForm             the 项目支出绩效自评表 layout printed and written to the workbook
 * @param indicatorTree           id of the 一级 / 二级 indicator tree of {@link IndicatorLibrary} offered first
 * @param outline                 the report's chapters, sections and headings, and what each prints
 * @param basis                   where the profile's figures come from (shown in the picker's help)
 * @param departmentSheet         the region's 部门整体支出绩效自评表 (指标表); null = the profile has none
 */
public record RegionalProfile(
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
        int longTextLimit,
        GradeBands gradeBands,
        ProjectForm projectForm,
        String indicatorTree,
        Outline outline,
        String basis,
        DepartmentSheetDefinition departmentSheet) {

    public static final RegionalProfile SICHUAN = Profiles.load("sichuan");
    public static final RegionalProfile NATIONAL = Profiles.load("national");
    public static final RegionalProfile HUNAN = Profiles.load("hunan");
    public static final RegionalProfile ANHUI = Profiles.load("anhui");

    /**
     * One step of the execution-rate cap on the total score.
     *
     * @param rateBelowPct execution rate (%) below which the cap applies
     * @param maxScore     highest total score allowed
     */
    public record ScoreCap(BigDecimal rateBelowPct, BigDecimal maxScore) {
    }

    /** Audit settings alone (tests): national bands, the Sichuan form and outline. */
    public RegionalProfile(String id, String name, String description, BigDecimal deviationThresholdPct,
                           BigDecimal lowExecutionPct, BigDecimal executionWeight, Map<String, BigDecimal> level1Weights,
                           List<ScoreCap> scoreCaps, BigDecimal overCompletionDeduction, int shortTextLimit, int longTextLimit) {
        this(id, name, description, deviationThresholdPct, lowExecutionPct, executionWeight, level1Weights, scoreCaps,
                overCompletionDeduction, shortTextLimit, longTextLimit, null, null, null, null, null, null);
    }

    public RegionalProfile {
        name = name == null ? id : name;
        description = description == null ? "" : description;
        // insertion order, so that findings come out in the same order every run
        level1Weights = level1Weights == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(level1Weights));
        scoreCaps = scoreCaps == null ? List.of() : List.copyOf(scoreCaps);
        overCompletionDeduction = overCompletionDeduction == null ? BigDecimal.ZERO : overCompletionDeduction;
        deviationThresholdPct = deviationThresholdPct == null ? new BigDecimal("30") : deviationThresholdPct;
        lowExecutionPct = lowExecutionPct == null ? new BigDecimal("90") : lowExecutionPct;
        executionWeight = executionWeight == null ? BigDecimal.TEN : executionWeight;
        gradeBands = gradeBands == null ? GradeBands.NATIONAL : gradeBands;
        projectForm = projectForm == null ? ProjectForm.SICHUAN : projectForm;
        indicatorTree = indicatorTree == null ? "" : indicatorTree;
        outline = outline == null ? SICHUAN.outline() : outline;
        basis = basis == null ? "" : basis;
    }

    /** The profiles the clerk can pick from, Sichuan first. */
    public static List<RegionalProfile> available() {
        return List.of(SICHUAN, NATIONAL, HUNAN, ANHUI);
    }

    /** The profile of that id; Sichuan when the id is unknown (the default of a new report). */
    public static RegionalProfile forId(String id) {
        return available().stream().filter(p -> p.id().equals(id)).findFirst().orElse(SICHUAN);
    }

    /** The grade of a score under this region's bands. */
    public Grade gradeOf(BigDecimal score) {
        return gradeBands.gradeOf(score);
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

    @Override
    public String toString() {
        return name;
    }
}
