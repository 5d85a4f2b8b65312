package org.selfeval.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Report;

/**
 * The charts of one report, each by name, made once per refresh and shared by the window's chart
 * pane and the document (so the printed chart is the chart the clerk saw).
 *
 * @param income       收入构成 (PIE)
 * @param expenditure  支出构成 (PIE)
 * @param projects     each project's 年初 / 调整后 / 执行 (BAR)
 * @param indicators   权重 and 得分 by 一级指标 over all projects (BAR)
 * @param yearOnYear   this year against last year (BAR); empty without last year's report
 * @param department   权重 and 得分 by 一级指标 of the department sheet (BAR); empty without one
 */
public record ChartSet(ChartData income, ChartData expenditure, ChartData projects, ChartData indicators,
                       Optional<ChartData> yearOnYear, Optional<ChartData> department) {
    public ChartSet {
        yearOnYear = yearOnYear == null ? Optional.empty() : yearOnYear;
        department = department == null ? Optional.empty() : department;
    }

    public static ChartSet of(Report report, Optional<Report> previous) {
        return new ChartSet(ChartDataFactory.incomeBySource(report), ChartDataFactory.expenditureByCategory(report),
                ChartDataFactory.projectBudgets(report), ChartDataFactory.indicatorsByLevel1(report),
                ChartDataFactory.yearOnYear(report, previous), ChartDataFactory.departmentSheet(report));
    }

    /** In print order, the year-on-year chart last when there is one. */
    public List<ChartData> all() {
        List<ChartData> list = new ArrayList<>(5);
        list.add(income);
        list.add(expenditure);
        list.add(projects);
        list.add(indicators);
        department.ifPresent(list::add);
        yearOnYear.ifPresent(list::add);
        return list;
    }
}
