package org.selfeval.document;

import java.util.List;
import org.selfeval.charts.ChartSet;
import org.selfeval.model.DepartmentBasics;
import org.selfeval.model.Finances;
import org.selfeval.model.ProjectAnalysis;
import org.selfeval.model.Report;
import org.selfeval.model.ResultApplication;
import org.selfeval.model.TextItem;
import org.selfeval.narrative.Narrative;
import org.selfeval.narrative.TextField;
import org.selfeval.profile.OutlinePart;

/**
 * What each {@link OutlinePart} prints into the section an outline puts it in: the paragraph (the
 * clerk's or the generated one), its ruled table and chart, or sub-sections made from a list. The
 * outline (profile data) decides where; this class only what.
 */
final class OutlineParts {
    private final Report report;
    private final Narrative narrative;
    private final ChartSet charts;

    OutlineParts(Report report, Narrative narrative, ChartSet charts) {
        this.report = report;
        this.narrative = narrative;
        this.charts = charts;
    }

    void fill(OutlinePart part, Section s) {
        DepartmentBasics b = report.basics();
        ResultApplication r = report.performance().results();
        switch (part) {
            case ORGANIZATION -> s.text(b.organization());
            case FUNCTIONS -> s.text(b.functions());
            case STAFFING -> s.text(narrative.effective(TextField.STAFFING));
            case TASKS -> {
                s.text(b.tasks().intro());
                ordinalParts(s, b.tasks().items());
            }
            case TARGETS -> targets(s, b);
            case INCOME -> income(s);
            case EXPENDITURE -> expenditure(s);
            case CARRYOVER -> carryover(s);
            case DUTY -> {
                s.text(report.performance().duty().intro());
                for (TextItem item : report.performance().duty().items()) {
                    s.child(Section.runIn(item.title().strip()).text(item.body()));
                }
            }
            case OVERALL -> overall(s);
            case LARGE_PROJECTS -> largeProjects(s);
            case INTERNAL_USE -> s.text(r.internalUse());
            case DISCLOSURE -> s.text(r.disclosure());
            case RECTIFICATION -> s.text(r.rectification());
            case CONCLUSION -> s.text(narrative.effective(TextField.CONCLUSION));
            case PROBLEMS -> s.text(report.conclusion().problems());
            case SUGGESTIONS -> s.text(report.conclusion().suggestions());
        }
    }

    private void targets(Section s, DepartmentBasics b) {
        int rows = b.targets().indicators().size();
        s.text(b.targets().text().isBlank() && rows > 0 ? "部门整体支出绩效目标共设定三级指标" + rows + "个，见下表。" : b.targets().text());
        if (rows > 0) {
            s.block(FinanceTables.indicators(b.targets().indicators()));
        }
    }

    private void income(Section s) {
        Finances f = report.finances();
        s.text(narrative.effective(TextField.INCOME));
        if (!f.income().isEmpty()) {
            s.block(FinanceTables.income(report.year(), f));
            if (f.incomeTotal().signum() > 0) {
                s.block(new ChartBlock(charts.income()));
            }
        }
    }

    private void expenditure(Section s) {
        Finances f = report.finances();
        s.text(narrative.effective(TextField.EXPENDITURE));
        if (!f.expenditure().isEmpty()) {
            s.block(FinanceTables.expenditure(report.year(), f));
            if (f.expenditureTotal().signum() > 0) {
                s.block(new ChartBlock(charts.expenditure()));
            }
        }
    }

    private void carryover(Section s) {
        s.text(narrative.effective(TextField.CARRYOVER));
        if (!narrative.generated(TextField.CARRYOVER).isEmpty()) {
            s.block(FinanceTables.carryover(report.year(), report.finances().carryover()));
        }
        charts.yearOnYear().ifPresent(c -> s.block(new ChartBlock(c)));
    }

    /** 一是…六是: a part with no text is left out and the rest numbered on; then the project charts. */
    private void overall(Section s) {
        ProjectAnalysis a = report.performance().projectAnalysis();
        List<TextItem> parts = List.of(
                new TextItem("绩效目标制定情况", a.targetSetting()),
                new TextItem("目标实现情况", narrative.effective(TextField.GOAL_ACHIEVEMENT)),
                new TextItem("支出控制情况", narrative.effective(TextField.SPENDING_CONTROL)),
                new TextItem("及时处置情况", a.timelyHandling()),
                new TextItem("预算完成情况", a.budgetCompletion()),
                new TextItem("资金结余率和违规记录等", a.surplusAndViolations()));
        int n = 0;
        for (TextItem part : parts) {
            if (!part.body().isBlank()) {
                n++;
                s.text(HeadingNumbers.ordinal(n) + part.title() + "。" + part.body().strip());
            }
        }
        if (!report.projects().isEmpty() && n > 0) {
            s.block(new ChartBlock(charts.projects()));
            s.block(new ChartBlock(charts.indicators()));
        }
    }

    /** Every project of 100万元 and more as a run-in sub-section with its figures sentence and text. */
    private void largeProjects(Section s) {
        for (Narrative.ProjectText p : narrative.projects()) {
            if (p.project().isLarge()) {
                s.child(Section.runIn(p.project().name().strip()).text(p.full()));
            }
        }
        if (s.isEmpty() && !narrative.projects().isEmpty()) {
            s.text("本年度无预算在100万元及以上的项目。");
        }
    }

    /** "一是扎实开展……行动。不断深化……" — one paragraph per item, numbered by the app. */
    static void ordinalParts(Section section, List<TextItem> items) {
        int n = 0;
        for (TextItem item : items) {
            if (item.title().isBlank() && item.body().isBlank()) {
                continue;
            }
            n++;
            String title = item.title().isBlank() ? "" : Section.withStop(item.title().strip());
            section.text(HeadingNumbers.ordinal(n) + title + item.body().strip());
        }
    }
}
