package org.selfeval.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.Indicator;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.scoring.DepartmentScore;

/**
 * The chart data of a report, shared by the window and the exports (what is printed is what was
 * seen). Pure; cheap enough to run on every edit. Categories without a value are left out of pies;
 * a pie of a zero total has no categories (the views say "无数据").
 */
public final class ChartDataFactory {
    public static final String WAN = "万元";
    public static final String POINTS = "分";
    /** Category of the 预算执行 weight and score in {@link #indicatorsByLevel1}. */
    public static final String EXECUTION = "预算执行";

    private ChartDataFactory() {
    }

    /** Every chart of the report in print order; the year-on-year chart only with a previous report. */
    public static List<ChartData> all(Report report, Optional<Report> previous) {
        return ChartSet.of(report, previous).all();
    }

    /** 收入构成 (PIE): each source with an amount above zero. */
    public static ChartData incomeBySource(Report report) {
        List<String> labels = new ArrayList<>(4);
        List<BigDecimal> values = new ArrayList<>(4);
        for (Map.Entry<IncomeSource, BigDecimal> e : report.finances().income().entrySet()) {
            if (e.getValue().signum() > 0) {
                labels.add(e.getKey().label());
                values.add(e.getValue());
            }
        }
        return new ChartData(report.year() + "年度收入构成（万元）", ChartData.Kind.PIE, labels,
                List.of(new ChartData.Series("收入", values)), WAN);
    }

    /** 支出构成 (PIE): each category with an amount above zero. */
    public static ChartData expenditureByCategory(Report report) {
        List<String> labels = new ArrayList<>(4);
        List<BigDecimal> values = new ArrayList<>(4);
        for (Map.Entry<ExpenditureCategory, BigDecimal> e : report.finances().expenditure().entrySet()) {
            if (e.getValue().signum() > 0) {
                labels.add(e.getKey().label());
                values.add(e.getValue());
            }
        }
        return new ChartData(report.year() + "年度支出构成（万元）", ChartData.Kind.PIE, labels,
                List.of(new ChartData.Series("支出", values)), WAN);
    }

    /**
     * Each project's 年初预算 / 调整后预算 / 执行数 side by side (BAR), from its 总额 row. 调整后预算 is the
     * 年初 figure when no adjustment was entered; a figure not entered is null.
     */
    public static ChartData projectBudgets(Report report) {
        int n = report.projects().size();
        List<String> names = new ArrayList<>(n);
        List<BigDecimal> initial = new ArrayList<>(n);
        List<BigDecimal> adjusted = new ArrayList<>(n);
        List<BigDecimal> executed = new ArrayList<>(n);
        for (Project p : report.projects()) {
            BudgetFigures f = p.totalFunds();
            names.add(p.name());
            initial.add(f.initial());
            adjusted.add(f.effectiveBudget());
            executed.add(f.executed());
        }
        return new ChartData("项目预算与执行（万元）", ChartData.Kind.BAR, names, List.of(
                new ChartData.Series("年初预算", initial),
                new ChartData.Series("调整后预算", adjusted),
                new ChartData.Series("执行数", executed)), WAN);
    }

    /**
     * 权重 and 得分 summed by 一级指标 over all projects (BAR), 预算执行 first, then the 一级指标 in the
     * order they first appear. A row without an effective score adds to the weight only.
     */
    public static ChartData indicatorsByLevel1(Report report) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        for (Project p : report.projects()) {
            BigDecimal[] exec = sums.computeIfAbsent(EXECUTION, k -> new BigDecimal[2]);
            exec[0] = add(exec[0], p.executionWeight());
            exec[1] = add(exec[1], p.executionScore().orElse(null));
            for (Indicator row : p.indicators()) {
                String level1 = row.level1().isBlank() ? "未分类" : row.level1();
                BigDecimal[] s = sums.computeIfAbsent(level1, k -> new BigDecimal[2]);
                s[0] = add(s[0], row.weight());
                s[1] = add(s[1], row.effectiveScore().orElse(null));
            }
        }
        List<String> labels = new ArrayList<>(sums.keySet());
        List<BigDecimal> weights = new ArrayList<>(labels.size());
        List<BigDecimal> scores = new ArrayList<>(labels.size());
        for (BigDecimal[] s : sums.values()) {
            weights.add(s[0]);
            scores.add(s[1]);
        }
        return new ChartData("各一级指标权重与得分（分）", ChartData.Kind.BAR, labels, List.of(
                new ChartData.Series("权重", weights),
                new ChartData.Series("得分", scores)), POINTS);
    }

    /**
     * The department sheet's 权重 and 得分 by 一级指标 (BAR), the department's own rows as one more group;
     * empty when the report has no sheet. A row not yet scored adds to the weight only.
     */
    public static Optional<ChartData> departmentSheet(Report report) {
        if (report.departmentSheet().isEmpty()) {
            return Optional.empty();
        }
        return DepartmentScore.of(report).map(s -> {
            Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
            for (DepartmentScore.RowScore r : s.rows()) {
                BigDecimal[] v = sums.computeIfAbsent(r.row().level1(), k -> new BigDecimal[2]);
                v[0] = add(v[0], r.row().weight());
                v[1] = add(v[1], r.result().score().orElse(null));
            }
            for (DepartmentScore.OwnRow o : s.ownRows()) {
                BigDecimal[] v = sums.computeIfAbsent(o.indicator().level1().isBlank() ? "产出和效益" : o.indicator().level1(),
                        k -> new BigDecimal[2]);
                v[0] = add(v[0], o.indicator().weight());
                v[1] = add(v[1], o.score().orElse(null));
            }
            List<String> labels = new ArrayList<>(sums.keySet());
            List<BigDecimal> weights = new ArrayList<>();
            List<BigDecimal> scores = new ArrayList<>();
            sums.values().forEach(v -> {
                weights.add(v[0]);
                scores.add(v[1]);
            });
            return new ChartData("部门自评表权重与得分（分）", ChartData.Kind.BAR, labels, List.of(
                    new ChartData.Series("权重", weights), new ChartData.Series("得分", scores)), POINTS);
        });
    }

    /**
     * This year against last year (BAR): 收入合计, 支出合计, 基本支出, 项目支出, 年末结转结余, one series per
     * year. Empty when there is no previous report.
     */
    public static Optional<ChartData> yearOnYear(Report report, Optional<Report> previous) {
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        Report last = previous.get();
        List<String> labels = List.of("收入合计", "支出合计", ExpenditureCategory.BASIC.label(),
                ExpenditureCategory.PROJECT.label(), "年末结转结余");
        return Optional.of(new ChartData(last.year() + "年与" + report.year() + "年对比（万元）", ChartData.Kind.BAR,
                labels, List.of(
                new ChartData.Series(last.year() + "年", yearFigures(last.finances())),
                new ChartData.Series(report.year() + "年", yearFigures(report.finances()))), WAN));
    }

    private static List<BigDecimal> yearFigures(Finances f) {
        return List.of(f.incomeTotal(), f.expenditureTotal(), f.expenditure(ExpenditureCategory.BASIC),
                f.expenditure(ExpenditureCategory.PROJECT), f.carryover().total());
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal value) {
        if (value == null) {
            return sum;
        }
        return sum == null ? value : sum.add(value);
    }
}
