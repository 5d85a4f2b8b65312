package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A 特定目标类项目: its lines in chapter 三(二)2 and its 项目支出绩效自评表 (Sichuan 510000_0013zp).
 *
 * @param id                    stable id inside the report
 * @param code                  项目编码 (22 characters in Sichuan), null = none
 * @param name                  项目名称
 * @param competentDepartment   主管部门
 * @param implementingUnit      实施单位
 * @param funds                 年度预算 by source: 年初预算 / 调整后预算数 / 预算执行数; 总额 is their sum
 * @param executionWeight       权重 of 预算执行 (10 by default)
 * @param executionNote         原因: why the execution rate is below 90 % (≤ 100 字)
 * @param adjustmentReason      why 调整后预算数 differs from 年初预算
 * @param annualGoal            项目年度目标
 * @param goalCompletion        年度目标完成情况 (≤ 100 字)
 * @param implementationSummary 项目实施内容及过程概述
 * @param indicators            绩效指标 rows
 * @param evaluationConclusion  评价结论 (≤ 200 字)
 * @param problems              存在问题 (≤ 200 字)
 * @param improvements          改进措施 (≤ 200 字)
 * @param projectLead           项目负责人
 * @param financeLead           财务负责人
 * @param reportText            what the report body says of the project's use and output (三(二)2)
 * @param dataNote              where the figures come from when they are not the department's own,
 *                              e.g. sample values; null = the department's figures
 * @param stated                the figures the table states for itself (总额 row, 执行率, 得分, 合计);
 *                              {@link ProjectStated#NONE} for a table made in the app
 */
@RecordBuilder
public record Project(
        String id,
        String code,
        String name,
        String competentDepartment,
        String implementingUnit,
        Map<FundSource, BudgetFigures> funds,
        BigDecimal executionWeight,
        String executionNote,
        String adjustmentReason,
        String annualGoal,
        String goalCompletion,
        String implementationSummary,
        List<Indicator> indicators,
        String evaluationConclusion,
        String problems,
        String improvements,
        String projectLead,
        String financeLead,
        String reportText,
        String dataNote,
        ProjectStated stated) implements ProjectBuilder.With {

    public static final BigDecimal DEFAULT_EXECUTION_WEIGHT = new BigDecimal("10.00");
    /** Projects of this size (万元) or more are described one by one in 三(二)2. */
    public static final BigDecimal LARGE_PROJECT_THRESHOLD = new BigDecimal("100.00");

    public Project {
        name = name == null ? "" : name;
        competentDepartment = competentDepartment == null ? "" : competentDepartment;
        implementingUnit = implementingUnit == null ? "" : implementingUnit;
        EnumMap<FundSource, BudgetFigures> copy = new EnumMap<>(FundSource.class);
        if (funds != null) {
            funds.forEach((k, v) -> {
                if (k != null && v != null) {
                    copy.put(k, v);
                }
            });
        }
        funds = Collections.unmodifiableMap(copy);
        executionWeight = executionWeight == null ? DEFAULT_EXECUTION_WEIGHT : Scores.normalize(executionWeight);
        executionNote = executionNote == null ? "" : executionNote;
        adjustmentReason = adjustmentReason == null ? "" : adjustmentReason;
        annualGoal = annualGoal == null ? "" : annualGoal;
        goalCompletion = goalCompletion == null ? "" : goalCompletion;
        implementationSummary = implementationSummary == null ? "" : implementationSummary;
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        evaluationConclusion = evaluationConclusion == null ? "" : evaluationConclusion;
        problems = problems == null ? "" : problems;
        improvements = improvements == null ? "" : improvements;
        projectLead = projectLead == null ? "" : projectLead;
        financeLead = financeLead == null ? "" : financeLead;
        reportText = reportText == null ? "" : reportText;
        stated = stated == null ? ProjectStated.NONE : stated;
    }

    /** A project as the app's forms make it: the table states nothing for itself. */
    public Project(String id, String code, String name, String competentDepartment, String implementingUnit,
                   Map<FundSource, BudgetFigures> funds, BigDecimal executionWeight, String executionNote,
                   String adjustmentReason, String annualGoal, String goalCompletion, String implementationSummary,
                   List<Indicator> indicators, String evaluationConclusion, String problems, String improvements,
                   String projectLead, String financeLead, String reportText, String dataNote) {
        this(id, code, name, competentDepartment, implementingUnit, funds, executionWeight, executionNote, adjustmentReason,
                annualGoal, goalCompletion, implementationSummary, indicators, evaluationConclusion, problems, improvements,
                projectLead, financeLead, reportText, dataNote, null);
    }

    /**
     * 总额 row as the sources imply it: Σ 年初预算, Σ 执行数, and — when any source has an 调整后预算数 —
     * Σ of each source's budget (its 调整后预算数, else its 年初预算, which is then its whole-year budget).
     */
    public BudgetFigures totalFunds() {
        return BudgetFigures.total(funds.values());
    }

    /** The 总额 row as printed: the computed one, or the stated cells the clerk chose to print. */
    public BudgetFigures printedTotalFunds() {
        BudgetFigures c = totalFunds();
        return new BudgetFigures(
                Stated.printed(stated.totalInitial(), java.util.Optional.ofNullable(c.initial())).orElse(null),
                Stated.printed(stated.totalAdjusted(), java.util.Optional.ofNullable(c.adjusted())).orElse(null),
                Stated.printed(stated.totalExecuted(), java.util.Optional.ofNullable(c.executed())).orElse(null));
    }

    /** 预算执行率 of the 总额 row as printed. */
    public Optional<BigDecimal> printedExecutionRate() {
        return Stated.printed(stated.executionRate(), totalFunds().executionRate());
    }

    /** 预算执行 得分 as printed. */
    public Optional<BigDecimal> printedExecutionScore() {
        return Stated.printed(stated.executionScore(), executionScore());
    }

    /** 合计 得分 as printed. */
    public Optional<BigDecimal> printedTotalScore() {
        return Stated.printed(stated.totalScore(), totalScore());
    }

    public BudgetFigures funds(FundSource source) {
        return funds.getOrDefault(source, BudgetFigures.EMPTY);
    }

    public Project withFunds(FundSource source, BudgetFigures figures) {
        EnumMap<FundSource, BudgetFigures> copy = new EnumMap<>(FundSource.class);
        copy.putAll(funds);
        copy.put(source, figures);
        return withFunds(copy);
    }

    /** 预算执行 得分. */
    public Optional<BigDecimal> executionScore() {
        return ExecutionScoring.score(totalFunds(), executionWeight);
    }

    /** 合计: execution score plus every indicator's effective score; empty if any is missing. */
    public Optional<BigDecimal> totalScore() {
        Optional<BigDecimal> total = executionScore();
        for (Indicator row : indicators) {
            Optional<BigDecimal> s = row.effectiveScore();
            if (total.isEmpty() || s.isEmpty()) {
                return Optional.empty();
            }
            total = Optional.of(total.get().add(s.get()));
        }
        return total;
    }

    /** 合计 of the weights: execution weight plus indicator weights (should be 100). */
    public BigDecimal totalWeight() {
        BigDecimal total = executionWeight;
        for (Indicator row : indicators) {
            total = total.add(row.weight() == null ? BigDecimal.ZERO : row.weight());
        }
        return total;
    }

    /** Whether the project is described one by one in 三(二)2 (年初 or 调整后 budget ≥ 100 万元). */
    public boolean isLarge() {
        BudgetFigures total = totalFunds();
        return ge(total.initial()) || ge(total.adjusted());
    }

    private static boolean ge(BigDecimal amount) {
        return amount != null && amount.compareTo(LARGE_PROJECT_THRESHOLD) >= 0;
    }
}
