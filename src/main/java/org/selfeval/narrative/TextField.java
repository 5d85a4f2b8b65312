package org.selfeval.narrative;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.selfeval.model.Report;

/**
 * Every prose field of the report that can be generated from figures (the model's {@code *Text}
 * fields whose null means "generate"). {@link #read} gives the clerk's own wording or null;
 * {@link #write} sets it, and writing null switches the field back to the generated text.
 */
public enum TextField {
    /** 二(一) 收入 paragraph. */
    INCOME("部门财政资金收入情况", "二", "finances.incomeText",
            r -> r.finances().incomeText(),
            (r, t) -> r.withFinances(r.finances().withIncomeText(t))),
    /** 二(二) 支出 paragraph. */
    EXPENDITURE("部门财政资金支出情况", "二", "finances.expenditureText",
            r -> r.finances().expenditureText(),
            (r, t) -> r.withFinances(r.finances().withExpenditureText(t))),
    /** 二(三) 结转结余 paragraph. */
    CARRYOVER("部门财政资金结转结余情况", "二", "finances.carryoverText",
            r -> r.finances().carryoverText(),
            (r, t) -> r.withFinances(r.finances().withCarryoverText(t))),
    /** 一(二)2 人员概况. */
    STAFFING("人员概况", "一", "basics.staffing.text",
            r -> r.basics().staffing().text(),
            (r, t) -> r.withBasics(r.basics().withStaffing(r.basics().staffing().withText(t)))),
    /** 三(二)1 二是目标实现情况. */
    GOAL_ACHIEVEMENT("目标实现情况", "三", "performance.projectAnalysis.goalAchievementText",
            r -> r.performance().projectAnalysis().goalAchievementText(),
            (r, t) -> r.withPerformance(r.performance().withProjectAnalysis(
                    r.performance().projectAnalysis().withGoalAchievementText(t)))),
    /** 三(二)1 三是支出控制情况. */
    SPENDING_CONTROL("支出控制情况", "三", "performance.projectAnalysis.spendingControlText",
            r -> r.performance().projectAnalysis().spendingControlText(),
            (r, t) -> r.withPerformance(r.performance().withProjectAnalysis(
                    r.performance().projectAnalysis().withSpendingControlText(t)))),
    /** 四(一) 评价结论. */
    CONCLUSION("评价结论", "四", "conclusion.conclusionText",
            r -> r.conclusion().conclusionText(),
            (r, t) -> r.withConclusion(r.conclusion().withConclusionText(t))),
    /** 附件 line (one attachment per line). */
    ATTACHMENTS("附件", "附件", "attachmentText",
            Report::attachmentText,
            Report::withAttachmentText);

    private final String label;
    private final String chapter;
    private final String path;
    private final Function<Report, String> reader;
    private final BiFunction<Report, String, Report> writer;

    TextField(String label, String chapter, String path, Function<Report, String> reader,
              BiFunction<Report, String, Report> writer) {
        this.label = label;
        this.chapter = chapter;
        this.path = path;
        this.reader = reader;
        this.writer = writer;
    }

    /** The field's name as the clerk sees it. */
    public String label() {
        return label;
    }

    /** The chapter the field is printed in: 一 … 四, or 附件 (the audit's Location chapters). */
    public String chapter() {
        return chapter;
    }

    /** The field's path in the dotted form of the report JSON, e.g. {@code finances.incomeText}. */
    public String path() {
        return path;
    }

    /** The clerk's own wording, or null when the text is generated. */
    public String read(Report report) {
        return reader.apply(report);
    }

    /** A report with this field set; null means "use the generated text". */
    public Report write(Report report, String text) {
        return writer.apply(report, text);
    }
}
