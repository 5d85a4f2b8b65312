package org.selfeval.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.export.ProjectFormGrid.Style;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;
import org.selfeval.profile.ProjectForm;

/**
 * The Sichuan 部门预算项目支出绩效自评表 (报表编号 510000_0013zp, domain.md §1.2): eleven columns, the block
 * label, then 一级 … 未完成原因分析; 预算执行 by 财政资金 / 财政专户管理资金 / 单位资金 / 其他资金.
 */
final class SichuanFormGrid extends FormGridBuilder {
    static final String FORM_NUMBER = "报表编号：510000_0013zp";
    private static final int COLUMNS = 11;
    /** Four characters for labels and headings, room for "12345.67" and "100.00%", the rest for text. */
    private static final float[] WEIGHTS = {48, 50, 50, 100, 52, 52, 48, 48, 36, 38, 116};
    private static final List<FundSource> SOURCES =
            List.of(FundSource.FISCAL, FundSource.SPECIAL_ACCOUNT, FundSource.UNIT, FundSource.OTHER);
    private final Project p;
    private final int year;

    SichuanFormGrid(Project p, int year) {
        this.p = p;
        this.year = year;
    }

    @Override
    ProjectFormGrid build() {
        header();
        funds();
        indicators();
        text("评价结论", p.evaluationConclusion());
        text("存在问题", p.problems());
        text("改进措施", p.improvements());
        return new ProjectFormGrid(ProjectForm.SICHUAN, COLUMNS, WEIGHTS, Optional.of(FORM_NUMBER),
                List.of("部门预算项目支出绩效自评表（" + year + "年度）"), cells, row, indicatorHeadingRow,
                Optional.of("项目负责人：" + p.projectLead() + "\u3000\u3000\u3000\u3000\u3000\u3000财务负责人：" + p.financeLead()));
    }

    private void header() {
        String name = p.code() == null || p.code().isBlank() ? p.name() : p.code() + "-" + p.name();
        add(row, 0, 1, 1, "项目名称", Style.LABEL);
        add(row, 1, 1, 10, name, Style.TEXT);
        row++;
        add(row, 0, 1, 1, "主管部门", Style.LABEL);
        add(row, 1, 1, 4, p.competentDepartment(), Style.TEXT);
        add(row, 5, 1, 2, "实施单位（盖章）", Style.LABEL);
        add(row, 7, 1, 4, p.implementingUnit(), Style.TEXT);
        row++;
        add(row, 0, 3, 1, "项目基本情况", Style.LABEL);
        add(row, 1, 1, 5, "项目年度目标", Style.HEADER);
        add(row, 6, 1, 5, "年度目标完成情况", Style.HEADER);
        row++;
        add(row, 1, 1, 5, p.annualGoal(), Style.TEXT);
        add(row, 6, 1, 5, p.goalCompletion(), Style.TEXT);
        row++;
        add(row, 1, 1, 2, "项目实施内容及过程概述", Style.LABEL);
        add(row, 3, 1, 8, p.implementationSummary(), Style.TEXT);
        row++;
    }

    private void funds() {
        List<FundSource> sources = new ArrayList<>(SOURCES);
        if (!p.funds(FundSource.PRIOR_YEAR_CARRYOVER).isEmpty()) {
            sources.add(FundSource.PRIOR_YEAR_CARRYOVER);
        }
        add(row, 0, 2 + sources.size(), 1, "预算执行情况（" + weight(p.executionWeight()) + "分）", Style.LABEL);
        add(row, 1, 1, 2, "年度预算数（万元）", Style.HEADER);
        String[] heads = {"年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"};
        for (int i = 0; i < heads.length; i++) {
            add(row, 3 + i, 1, 1, heads[i], Style.HEADER);
        }
        add(row, 9, 1, 2, "原因", Style.HEADER);
        row++;
        add(row, 1, 1, 2, "总额", Style.LABEL);
        amounts(p.printedTotalFunds(), p.printedExecutionRate());
        add(row, 7, 1, 1, weight(p.executionWeight()), Style.CENTER);
        add(row, 8, 1, 1, score(p.printedExecutionScore()), Style.NUMBER);
        String reason = String.join(" ", List.of(p.executionNote(), p.adjustmentReason())).strip();
        add(row, 9, 1, 2, reason, Style.TEXT);
        row++;
        for (int i = 0; i < sources.size(); i++) {
            FundSource s = sources.get(i);
            add(row, 1, 1, 2, (i == 0 ? "其中：" : "") + s.sichuanLabel(), Style.LABEL);
            amounts(p.funds(s), p.funds(s).executionRate());
            add(row, 7, 1, 1, "/", Style.CENTER);
            add(row, 8, 1, 1, "/", Style.CENTER);
            add(row, 9, 1, 2, "", Style.TEXT);
            row++;
        }
    }

    private void amounts(BudgetFigures f, Optional<BigDecimal> rate) {
        add(row, 3, 1, 1, money(f.initial()), Style.NUMBER);
        add(row, 4, 1, 1, money(f.adjusted()), Style.NUMBER);
        add(row, 5, 1, 1, money(f.executed()), Style.NUMBER);
        add(row, 6, 1, 1, rate(rate), Style.NUMBER);
    }

    private void indicators() {
        List<Indicator> rows = p.indicators();
        BigDecimal indicatorWeight = rows.stream().map(Indicator::weight).filter(w -> w != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (rows.isEmpty()) {
            indicatorWeight = new BigDecimal("100").subtract(p.executionWeight());
        }
        indicatorHeadingRow = row;
        add(row, 0, 1 + rows.size(), 1, "绩效指标（" + weight(indicatorWeight) + "分）", Style.LABEL);
        String[] heads = {"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
            "未完成原因分析"};
        for (int i = 0; i < heads.length; i++) {
            add(row, 1 + i, 1, 1, heads[i], Style.HEADER);
        }
        row++;
        for (int i = 0; i < rows.size(); i++) {
            Indicator ind = rows.get(i);
            levels(rows, i, 1, false);
            add(row, 3, 1, 1, ind.name(), Style.TEXT);
            add(row, 4, 1, 1, ind.nature().symbol(), Style.CENTER);
            add(row, 5, 1, 1, ind.target(), Style.CENTER);
            add(row, 6, 1, 1, ind.unit(), Style.CENTER);
            add(row, 7, 1, 1, ind.actual(), Style.CENTER);
            add(row, 8, 1, 1, ind.weight() == null ? "" : weight(ind.weight()), Style.CENTER);
            add(row, 9, 1, 1, score(ind.effectiveScore()), Style.NUMBER);
            add(row, 10, 1, 1, ind.deviationReason(), Style.TEXT);
            row++;
        }
        add(row, 0, 1, 8, "合计", Style.LABEL);
        add(row, 8, 1, 1, weight(p.totalWeight()), Style.CENTER);
        add(row, 9, 1, 1, score(p.printedTotalScore()), Style.NUMBER);
        add(row, 10, 1, 1, "", Style.TEXT);
        row++;
    }

    private void text(String label, String text) {
        add(row, 0, 1, 1, label, Style.LABEL);
        add(row, 1, 1, 10, text, Style.TEXT);
        row++;
    }
}
