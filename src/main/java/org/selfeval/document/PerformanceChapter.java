package org.selfeval.document;

import java.util.List;
import org.selfeval.charts.ChartSet;
import org.selfeval.model.PerformanceManagement;
import org.selfeval.model.ProjectAnalysis;
import org.selfeval.model.Report;
import org.selfeval.model.ResultApplication;
import org.selfeval.model.TextItem;
import org.selfeval.narrative.Narrative;
import org.selfeval.narrative.TextField;

/**
 * 三、部门整体绩效管理情况: (一) intro and sub-items 1. 2. 3. (not a second (一), domain.md §5 item 7);
 * (二) 1.整体情况 with its parts 一是…六是 (a part with no text is left out and the rest numbered on) and
 * the charts of project budgets and indicator scores, 2. every project of 100万元 and more as （1）（2）…
 * with its figures sentence and its own text; (三) 1. 2. 3.
 */
final class PerformanceChapter {
    private PerformanceChapter() {
    }

    static Section of(Report report, Narrative narrative, ChartSet charts) {
        PerformanceManagement pm = report.performance();
        Section duty = Section.heading("部门整体履职绩效分析").text(pm.duty().intro());
        for (TextItem item : pm.duty().items()) {
            duty.child(Section.runIn(item.title().strip()).text(item.body()));
        }
        Section projects = Section.heading("特定目标类项目绩效分析")
                .child(overall(report, narrative, charts))
                .child(largeProjects(narrative));
        ResultApplication r = pm.results();
        Section results = Section.heading("结果应用情况")
                .child(Section.runIn("内部应用").text(r.internalUse()))
                .child(Section.runIn("自评公开").text(r.disclosure()))
                .child(Section.runIn("问题整改和应用反馈等情况").text(r.rectification()));
        return Section.heading("部门整体绩效管理情况").child(duty).child(projects).child(results);
    }

    private static Section overall(Report report, Narrative narrative, ChartSet charts) {
        ProjectAnalysis a = report.performance().projectAnalysis();
        List<TextItem> parts = List.of(
                new TextItem("绩效目标制定情况", a.targetSetting()),
                new TextItem("目标实现情况", narrative.effective(TextField.GOAL_ACHIEVEMENT)),
                new TextItem("支出控制情况", narrative.effective(TextField.SPENDING_CONTROL)),
                new TextItem("及时处置情况", a.timelyHandling()),
                new TextItem("预算完成情况", a.budgetCompletion()),
                new TextItem("资金结余率和违规记录等", a.surplusAndViolations()));
        Section overall = Section.runIn("整体情况");
        int n = 0;
        for (TextItem part : parts) {
            if (!part.body().isBlank()) {
                n++;
                overall.text(HeadingNumbers.ordinal(n) + part.title() + "。" + part.body().strip());
            }
        }
        if (!report.projects().isEmpty() && n > 0) {
            overall.block(new ChartBlock(charts.projects()));
            overall.block(new ChartBlock(charts.indicators()));
        }
        return overall;
    }

    private static Section largeProjects(Narrative narrative) {
        Section large = Section.heading(ReportDocumentBuilder.LARGE_PROJECTS_TITLE);
        for (Narrative.ProjectText p : narrative.projects()) {
            if (p.project().isLarge()) {
                large.child(Section.runIn(p.project().name().strip()).text(p.full()));
            }
        }
        if (large.isEmpty() && !narrative.projects().isEmpty()) {
            large.text("本年度无预算在100万元及以上的项目。");
        }
        return large;
    }
}
