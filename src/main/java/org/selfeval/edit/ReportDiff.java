package org.selfeval.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Carryover;
import org.selfeval.model.DepartmentBasics;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.Headcount;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.PerformanceManagement;
import org.selfeval.model.ProjectAnalysis;
import org.selfeval.model.Report;
import org.selfeval.model.Staffing;
import org.selfeval.model.TextItem;

/**
 * What differs between two versions of a report, field by field, in the clerk's words: amounts,
 * counts, texts (shortened), projects and indicator rows added, removed or changed. Used before a
 * snapshot replaces the report, so the clerk sees what the restore would do. Pure: no JavaFX, no I/O.
 */
public final class ReportDiff {
    private ReportDiff() {
    }

    /** The changes that turn {@code before} into {@code after}, in the report's order; empty when equal. */
    public static List<FieldChange> between(Report before, Report after) {
        DiffCollector d = new DiffCollector();
        d.value("部门全称", before.department().fullName(), after.department().fullName());
        d.value("部门简称", before.department().shortName(), after.department().shortName());
        d.value("评价年度", before.year(), after.year());
        d.value("审核规则地区", before.profile(), after.profile());
        basics(d, before.basics(), after.basics());
        finances(d, before.finances(), after.finances());
        performance(d, before.performance(), after.performance());
        d.money("四、评价结论 · 自评得分", before.conclusion().score(), after.conclusion().score());
        d.text("四、评价结论 · 结论", before.conclusion().conclusionText(), after.conclusion().conclusionText());
        d.text("四、评价结论 · 存在问题", before.conclusion().problems(), after.conclusion().problems());
        d.text("四、评价结论 · 改进建议", before.conclusion().suggestions(), after.conclusion().suggestions());
        ProjectDiff.projects(d, before.projects(), after.projects());
        d.text("附件说明", before.attachmentText(), after.attachmentText());
        d.value("审核说明条数", before.findingNotes().size(), after.findingNotes().size());
        if (before.findingNotes().size() == after.findingNotes().size() && !before.findingNotes().equals(after.findingNotes())) {
            d.value("审核说明", "原有内容", "已修改");
        }
        d.value("报告日期", before.reportDate(), after.reportDate());
        return d.changes();
    }

    private static void basics(DiffCollector d, DepartmentBasics a, DepartmentBasics b) {
        String c = "一、基本情况 · ";
        d.text(c + "机构组成", a.organization(), b.organization());
        d.text(c + "机构职能", a.functions(), b.functions());
        Staffing sa = a.staffing();
        Staffing sb = b.staffing();
        headcounts(d, c + "编制 · ", sa.establishment(), sb.establishment());
        Map<String, Integer> pa = new LinkedHashMap<>();
        Map<String, Integer> pb = new LinkedHashMap<>();
        sa.leadershipPosts().forEach(p -> pa.merge(p.title(), p.count(), Integer::sum));
        sb.leadershipPosts().forEach(p -> pb.merge(p.title(), p.count(), Integer::sum));
        counts(d, c + "领导职数 · ", pa, pb);
        headcounts(d, c + "实有人员 · ", sa.actual(), sb.actual());
        d.value(c + "长期聘用人员", sa.longTermHired(), sb.longTermHired());
        d.text(c + "人员概况", sa.text(), sb.text());
        d.text(c + "年度主要工作任务 · 引言", a.tasks().intro(), b.tasks().intro());
        items(d, c + "年度主要工作任务", a.tasks().items(), b.tasks().items());
        d.text(c + "部门整体支出绩效目标", a.targets().text(), b.targets().text());
        IndicatorRowsDiff.rows(d, c + "绩效目标指标", a.targets().indicators(), b.targets().indicators());
    }

    private static void finances(DiffCollector d, Finances a, Finances b) {
        String c = "二、收支 · ";
        for (IncomeSource s : IncomeSource.values()) {
            d.money(c + "收入 · " + s.label(), a.income(s), b.income(s));
        }
        d.text(c + "收入情况文字", a.incomeText(), b.incomeText());
        for (ExpenditureCategory e : ExpenditureCategory.values()) {
            d.money(c + "支出 · " + e.label(), a.expenditure(e), b.expenditure(e));
        }
        d.text(c + "支出情况文字", a.expenditureText(), b.expenditureText());
        Carryover ca = a.carryover();
        Carryover cb = b.carryover();
        d.money(c + "结转 · 基本支出结转", ca.basic(), cb.basic());
        d.money(c + "结转 · 项目支出结转", ca.project(), cb.project());
        d.money(c + "结转 · 结余", ca.surplus(), cb.surplus());
        d.money(c + "结转 · 上年结转结余", ca.priorYearTotal(), cb.priorYearTotal());
        d.text(c + "结转结余文字", a.carryoverText(), b.carryoverText());
    }

    private static void performance(DiffCollector d, PerformanceManagement a, PerformanceManagement b) {
        String c = "三、绩效管理 · ";
        d.text(c + "履职绩效 · 引言", a.duty().intro(), b.duty().intro());
        items(d, c + "履职绩效", a.duty().items(), b.duty().items());
        ProjectAnalysis pa = a.projectAnalysis();
        ProjectAnalysis pb = b.projectAnalysis();
        d.text(c + "目标制定", pa.targetSetting(), pb.targetSetting());
        d.text(c + "目标实现", pa.goalAchievementText(), pb.goalAchievementText());
        budget(d, c + "公用经费", pa.publicExpenses(), pb.publicExpenses());
        d.text(c + "支出控制", pa.spendingControlText(), pb.spendingControlText());
        d.text(c + "及时处置", pa.timelyHandling(), pb.timelyHandling());
        d.text(c + "预算完成", pa.budgetCompletion(), pb.budgetCompletion());
        d.text(c + "结余与违规", pa.surplusAndViolations(), pb.surplusAndViolations());
        d.text(c + "结果应用 · 内部应用", a.results().internalUse(), b.results().internalUse());
        d.text(c + "结果应用 · 信息公开", a.results().disclosure(), b.results().disclosure());
        d.text(c + "结果应用 · 问题整改", a.results().rectification(), b.results().rectification());
    }

    static void budget(DiffCollector d, String field, BudgetFigures a, BudgetFigures b) {
        BudgetFigures x = a == null ? BudgetFigures.EMPTY : a;
        BudgetFigures y = b == null ? BudgetFigures.EMPTY : b;
        d.money(field + " · 年初预算数", x.initial(), y.initial());
        d.money(field + " · 调整后预算数", x.adjusted(), y.adjusted());
        d.money(field + " · 执行数", x.executed(), y.executed());
    }

    private static void headcounts(DiffCollector d, String field, List<Headcount> a, List<Headcount> b) {
        Function<Headcount, String> name = h -> h.label() == null || h.label().isBlank() ? h.category().label() : h.label();
        Map<String, Integer> x = new LinkedHashMap<>();
        Map<String, Integer> y = new LinkedHashMap<>();
        a.forEach(h -> x.merge(name.apply(h), h.count(), Integer::sum));
        b.forEach(h -> y.merge(name.apply(h), h.count(), Integer::sum));
        counts(d, field, x, y);
    }

    private static void counts(DiffCollector d, String field, Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> keys = new LinkedHashMap<>(a);
        b.forEach(keys::putIfAbsent);
        keys.keySet().forEach(k -> d.value(field + k, a.get(k), b.get(k)));
    }

    /** Ordered title + text items, compared position by position. */
    private static void items(DiffCollector d, String field, List<TextItem> a, List<TextItem> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String at = field + " · 第" + (i + 1) + "项";
            if (i >= a.size()) {
                d.presence(at + "（新增）", null, DiffCollector.shorten(b.get(i).title()));
            } else if (i >= b.size()) {
                d.presence(at + "（删除）", DiffCollector.shorten(a.get(i).title()), null);
            } else {
                d.text(at + " · 标题", a.get(i).title(), b.get(i).title());
                d.text(at + " · 内容", a.get(i).body(), b.get(i).body());
            }
        }
    }
}
