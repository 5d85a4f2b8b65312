package org.selfeval.document;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.charts.ChartSet;
import org.selfeval.model.DepartmentBasics;
import org.selfeval.model.Report;
import org.selfeval.model.TextItem;
import org.selfeval.narrative.Narrative;
import org.selfeval.narrative.TextField;

/**
 * Builds the printed report from a {@link Report} in the seed's outline (domain.md §2.2), numbering
 * every heading itself (so §5 items 7 and 18 cannot happen): 一 (一)…(四); 二 (一)(二)(三) with the
 * sentences, a ruled table each and the income and expenditure pies; 三 (一) with sub-items 1. 2. 3.,
 * (二) 1.整体情况 (一是…六是) and 2. the projects of 100万元 and more listed from the project data,
 * (三) 1. 2. 3.; 四 (一)(二)(三). Run-in headings as in the seed: the heading's title ends with "。" and
 * the paragraph text follows on the same line. Prose fields use the clerk's text when there is one
 * and the generated text otherwise ({@link Narrative}). Signature = the department's full name;
 * date = {@link Report#reportDate()}.
 */
public final class ReportDocumentBuilder {
    /** Heading of 三(二)2; not "100万以上项目", which reads as "2.100万…" after its number. */
    public static final String LARGE_PROJECTS_TITLE = "预算100万元及以上项目情况";

    private ReportDocumentBuilder() {
    }

    /** The document for printing and export (empty sections left out). */
    public static ReportDocument build(Report report) {
        return build(report, DocumentOptions.PRINT);
    }

    public static ReportDocument build(Report report, DocumentOptions options) {
        return build(report, options, Narrative.of(report, options.overThresholdPercent()),
                ChartSet.of(report, options.previous()));
    }

    /**
     * With the narrative and the charts the caller has already made for the same report (the window
     * shows them too), so a refresh computes each once.
     */
    public static ReportDocument build(Report report, DocumentOptions options, Narrative narrative, ChartSet charts) {
        List<Section> chapters = List.of(
                basics(report, narrative),
                FinanceChapter.of(report, narrative, charts),
                PerformanceChapter.of(report, narrative, charts),
                conclusion(report, narrative));
        List<Block> blocks = new ArrayList<>(64);
        int n = 0;
        for (Section chapter : chapters) {
            if (chapter.emit(1, n + 1, options.placeholders(), blocks)) {
                n++;
            }
        }
        return new ReportDocument(report.title(), blocks,
                org.selfeval.narrative.AttachmentLines.printed(report, narrative.attachments()),
                report.department().fullName(), report.reportDate());
    }

    private static Section basics(Report report, Narrative narrative) {
        DepartmentBasics b = report.basics();
        Section tasks = Section.heading("年度主要工作任务").text(b.tasks().intro());
        ordinalParts(tasks, b.tasks().items());
        int rows = b.targets().indicators().size();
        String targetsText = b.targets().text().isBlank() && rows > 0
                ? "部门整体支出绩效目标共设定三级指标" + rows + "个，见下表。" : b.targets().text();
        Section targets = Section.heading("部门整体支出绩效目标").text(targetsText);
        if (rows > 0) {
            targets.block(FinanceTables.indicators(b.targets().indicators()));
        }
        return Section.heading("部门基本情况")
                .child(Section.runIn("机构组成").text(b.organization()))
                .child(Section.heading("机构职能和人员概况")
                        .child(Section.runIn("机构职能").text(b.functions()))
                        .child(Section.runIn("人员概况").text(narrative.effective(TextField.STAFFING))))
                .child(tasks)
                .child(targets);
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

    private static Section conclusion(Report report, Narrative narrative) {
        return Section.heading("评价结论及建议")
                .child(Section.runIn("评价结论").text(narrative.effective(TextField.CONCLUSION)))
                .child(Section.runIn("存在问题").text(report.conclusion().problems()))
                .child(Section.runIn("改进建议").text(report.conclusion().suggestions()));
    }
}
