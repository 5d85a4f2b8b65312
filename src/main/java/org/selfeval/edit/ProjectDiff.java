package org.selfeval.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.selfeval.model.FundSource;
import org.selfeval.model.Money;
import org.selfeval.model.Project;

/** Projects matched by id: added, removed, or changed field by field with their indicator rows. */
final class ProjectDiff {
    private ProjectDiff() {
    }

    static void projects(DiffCollector d, List<Project> before, List<Project> after) {
        Map<String, Project> a = byId(before);
        Map<String, Project> b = byId(after);
        List<String> ids = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(ids::add);
        for (String id : ids) {
            Project x = a.get(id);
            Project y = b.get(id);
            if (x == null) {
                d.presence("附表 · 项目“" + name(y) + "”（新增）", null, total(y));
            } else if (y == null) {
                d.presence("附表 · 项目“" + name(x) + "”（删除）", total(x), null);
            } else if (!x.equals(y)) {
                changed(d, "附表 · 项目“" + name(x) + "” · ", x, y);
            }
        }
        List<String> common = ids.stream().filter(k -> a.containsKey(k) && b.containsKey(k)).toList();
        List<String> orderA = a.keySet().stream().filter(common::contains).toList();
        List<String> orderB = b.keySet().stream().filter(common::contains).toList();
        if (!orderA.equals(orderB)) {
            d.value("附表 · 项目顺序", orderA.stream().map(k -> name(a.get(k))).toList().toString(),
                    orderB.stream().map(k -> name(b.get(k))).toList().toString());
        }
    }

    private static void changed(DiffCollector d, String at, Project x, Project y) {
        d.value(at + "项目名称", x.name(), y.name());
        d.value(at + "项目编码", x.code(), y.code());
        d.value(at + "主管部门", x.competentDepartment(), y.competentDepartment());
        d.value(at + "实施单位", x.implementingUnit(), y.implementingUnit());
        for (FundSource s : FundSource.values()) {
            ReportDiff.budget(d, at + s.sichuanLabel(), x.funds().get(s), y.funds().get(s));
        }
        d.money(at + "执行率分值", x.executionWeight(), y.executionWeight());
        d.text(at + "执行情况说明", x.executionNote(), y.executionNote());
        d.text(at + "预算调整原因", x.adjustmentReason(), y.adjustmentReason());
        d.text(at + "年度目标", x.annualGoal(), y.annualGoal());
        d.text(at + "目标完成情况", x.goalCompletion(), y.goalCompletion());
        d.text(at + "实施情况", x.implementationSummary(), y.implementationSummary());
        IndicatorRowsDiff.rows(d, at + "指标", x.indicators(), y.indicators());
        d.text(at + "评价结论", x.evaluationConclusion(), y.evaluationConclusion());
        d.text(at + "存在问题", x.problems(), y.problems());
        d.text(at + "改进措施", x.improvements(), y.improvements());
        d.value(at + "项目负责人", x.projectLead(), y.projectLead());
        d.value(at + "财务负责人", x.financeLead(), y.financeLead());
        d.text(at + "报告正文", x.reportText(), y.reportText());
        d.text(at + "数据说明", x.dataNote(), y.dataNote());
    }

    private static Map<String, Project> byId(List<Project> list) {
        Map<String, Project> out = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Project p = list.get(i);
            out.putIfAbsent(p.id() == null ? "#" + i : p.id(), p);
        }
        return out;
    }

    private static String name(Project p) {
        return p.name().isBlank() ? "（未命名）" : DiffCollector.shorten(p.name());
    }

    private static String total(Project p) {
        return name(p) + "，预算 " + Money.format(Money.sum(p.funds().values().stream()
                .map(f -> f.effectiveBudget()).toList())) + " 万元";
    }
}
