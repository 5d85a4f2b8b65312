package org.selfeval.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.selfeval.export.ProjectFormGrid.Style;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;
import org.selfeval.profile.ProjectForm;

/**
 * The national 项目支出绩效自评表 of 财预〔2020〕10号 (domain.md §1.1): ten columns; 项目资金 by 当年财政拨款 /
 * 上年结转资金 / 其他资金 (财政专户管理资金, 单位资金 and 其他资金 together) with 年初预算数 / 全年预算数 /
 * 全年执行数 / 分值 / 执行率 / 得分; 年度总体目标; 绩效指标 with 年度指标值 as sign, value and unit; 总分.
 */
final class NationalFormGrid extends FormGridBuilder {
    private static final int COLUMNS = 10;
    private static final float[] WEIGHTS = {66, 66, 66, 116, 68, 68, 40, 50, 54, 136};
    private final Project p;
    private final int year;
    private final ProjectForm form;

    NationalFormGrid(Project p, int year, ProjectForm form) {
        this.p = p;
        this.year = year;
        this.form = form;
    }

    @Override
    ProjectFormGrid build() {
        add(row, 0, 1, 1, "项目名称", Style.LABEL);
        add(row, 1, 1, 9, p.name(), Style.TEXT);
        row++;
        add(row, 0, 1, 1, "主管部门", Style.LABEL);
        add(row, 1, 1, 4, p.competentDepartment(), Style.TEXT);
        add(row, 5, 1, 1, "实施单位", Style.LABEL);
        add(row, 6, 1, 4, p.implementingUnit(), Style.TEXT);
        row++;
        funds();
        add(row, 0, 2, 1, "年度总体目标", Style.LABEL);
        add(row, 1, 1, 5, "预期目标", Style.HEADER);
        add(row, 6, 1, 4, "实际完成情况", Style.HEADER);
        row++;
        add(row, 1, 1, 5, p.annualGoal(), Style.TEXT);
        add(row, 6, 1, 4, p.goalCompletion(), Style.TEXT);
        row++;
        indicators();
        return new ProjectFormGrid(form, COLUMNS, WEIGHTS, Optional.empty(),
                List.of("项目支出绩效自评表", "（" + year + "年度）"), cells, row, indicatorHeadingRow, Optional.empty());
    }

    /** The sources of the national form's three rows. */
    static BudgetFigures other(Project p) {
        return BudgetFigures.total(List.of(p.funds(FundSource.SPECIAL_ACCOUNT), p.funds(FundSource.UNIT),
                p.funds(FundSource.OTHER)));
    }

    private void funds() {
        add(row, 0, 5, 1, "项目资金（万元）", Style.LABEL);
        add(row, 1, 1, 2, "", Style.HEADER);
        String[] heads = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
        for (int i = 0; i < heads.length - 1; i++) {
            add(row, 3 + i, 1, 1, heads[i], Style.HEADER);
        }
        add(row, 8, 1, 2, heads[5], Style.HEADER);
        row++;
        add(row, 1, 1, 2, "年度资金总额", Style.LABEL);
        amounts(p.printedTotalFunds(), p.printedExecutionRate());
        add(row, 6, 1, 1, weight(p.executionWeight()), Style.CENTER);
        add(row, 8, 1, 2, score(p.printedExecutionScore()), Style.NUMBER);
        row++;
        List<BudgetFigures> parts = List.of(p.funds(FundSource.FISCAL), p.funds(FundSource.PRIOR_YEAR_CARRYOVER), other(p));
        String[] labels = {form.fiscalRow(), "上年结转资金", "其他资金"};
        for (int i = 0; i < parts.size(); i++) {
            add(row, 1, 1, 2, labels[i], Style.LABEL);
            amounts(parts.get(i), parts.get(i).executionRate());
            add(row, 6, 1, 1, "—", Style.CENTER);
            add(row, 8, 1, 2, "—", Style.CENTER);
            row++;
        }
    }

    /** 全年预算数 is the whole-year budget: the 调整后预算数, else the 年初预算. */
    private void amounts(BudgetFigures f, Optional<BigDecimal> rate) {
        add(row, 3, 1, 1, money(f.initial()), Style.NUMBER);
        add(row, 4, 1, 1, money(f.effectiveBudget()), Style.NUMBER);
        add(row, 5, 1, 1, money(f.executed()), Style.NUMBER);
        add(row, 7, 1, 1, rate(rate), Style.NUMBER);
    }

    private void indicators() {
        List<Indicator> rows = p.indicators();
        indicatorHeadingRow = row;
        add(row, 0, 1 + rows.size(), 1, "绩效指标", Style.LABEL);
        String[] heads = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"};
        for (int i = 0; i < heads.length; i++) {
            add(row, 1 + i, 1, 1, heads[i], Style.HEADER);
        }
        add(row, 8, 1, 2, "偏差原因分析及改进措施", Style.HEADER);
        row++;
        for (int i = 0; i < rows.size(); i++) {
            Indicator ind = rows.get(i);
            levels(rows, i, 1, form.level1WithPoints());
            add(row, 3, 1, 1, ind.name(), Style.TEXT);
            add(row, 4, 1, 1, NationalTargets.target(ind), Style.CENTER);
            add(row, 5, 1, 1, NationalTargets.actual(ind), Style.CENTER);
            add(row, 6, 1, 1, ind.weight() == null ? "" : weight(ind.weight()), Style.CENTER);
            add(row, 7, 1, 1, score(ind.effectiveScore()), Style.NUMBER);
            add(row, 8, 1, 2, ind.deviationReason(), Style.TEXT);
            row++;
        }
        add(row, 0, 1, 6, "总分", Style.LABEL);
        add(row, 6, 1, 1, weight(p.totalWeight()), Style.CENTER);
        add(row, 7, 1, 1, score(p.printedTotalScore()), Style.NUMBER);
        add(row, 8, 1, 2, "", Style.TEXT);
        row++;
    }
}
