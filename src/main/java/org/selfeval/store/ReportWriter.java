package org.selfeval.store;

import static org.selfeval.store.jooq.Tables.BASICS;
import static org.selfeval.store.jooq.Tables.REPORT_UNIT;
import static org.selfeval.store.jooq.Tables.CARRYOVER;
import static org.selfeval.store.jooq.Tables.CONCLUSION;
import static org.selfeval.store.jooq.Tables.DEPARTMENT;
import static org.selfeval.store.jooq.Tables.EXPENDITURE_LINE;
import static org.selfeval.store.jooq.Tables.FINANCES;
import static org.selfeval.store.jooq.Tables.DEPARTMENT_SHEET;
import static org.selfeval.store.jooq.Tables.FINDING_NOTE;
import static org.selfeval.store.jooq.Tables.SHEET_ENTRY;
import static org.selfeval.store.jooq.Tables.HEADCOUNT;
import static org.selfeval.store.jooq.Tables.INCOME_LINE;
import static org.selfeval.store.jooq.Tables.INDICATOR;
import static org.selfeval.store.jooq.Tables.LEADERSHIP_POST;
import static org.selfeval.store.jooq.Tables.PERFORMANCE;
import static org.selfeval.store.jooq.Tables.PROJECT;
import static org.selfeval.store.jooq.Tables.PROJECT_FUND;
import static org.selfeval.store.jooq.Tables.REPORT;
import static org.selfeval.store.jooq.Tables.STAFFING;
import static org.selfeval.store.jooq.Tables.TEXT_ITEM;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Table;
import org.selfeval.model.Carryover;
import org.selfeval.model.Department;
import org.selfeval.model.Finances;
import org.selfeval.model.Headcount;
import org.selfeval.model.Indicator;
import org.selfeval.model.LeadershipPost;
import org.selfeval.model.PerformanceManagement;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectAnalysis;
import org.selfeval.model.Report;
import org.selfeval.model.Staffing;
import org.selfeval.model.TextItem;

/** Writes one report into the normalised tables. Call inside a transaction. */
final class ReportWriter {
    static final String ESTABLISHMENT = "ESTABLISHMENT";
    static final String ACTUAL = "ACTUAL";
    static final String TASK = "TASK";
    static final String DUTY = "DUTY";

    /** Every table keyed by report, children first (projects cascade to their funds and indicators). */
    private static final List<Table<?>> CHILD_TABLES = List.of(REPORT_UNIT, SHEET_ENTRY, DEPARTMENT_SHEET, FINDING_NOTE, INDICATOR,
            PROJECT, CONCLUSION,
            PERFORMANCE, CARRYOVER, EXPENDITURE_LINE, INCOME_LINE, FINANCES, TEXT_ITEM, LEADERSHIP_POST,
            HEADCOUNT, STAFFING, BASICS);

    private final DSLContext db;

    ReportWriter(DSLContext db) {
        this.db = db;
    }

    /** Replaces every row of the report with the rows of {@code r}. */
    void replace(Report r, Instant now) {
        int departmentId = department(r.department());
        db.insertInto(REPORT)
                .set(REPORT.ID, r.id())
                .set(REPORT.DEPARTMENT_ID, departmentId)
                .set(REPORT.REPORT_YEAR, r.year())
                .set(REPORT.PROFILE, r.profile())
                .set(REPORT.ATTACHMENT_TEXT, r.attachmentText())
                .set(REPORT.REPORT_DATE, r.reportDate() == null ? null : r.reportDate().toString())
                .set(REPORT.UPDATED_AT, now.toString())
                .onConflict(REPORT.ID).doUpdate()
                .set(REPORT.DEPARTMENT_ID, departmentId)
                .set(REPORT.REPORT_YEAR, r.year())
                .set(REPORT.PROFILE, r.profile())
                .set(REPORT.ATTACHMENT_TEXT, r.attachmentText())
                .set(REPORT.REPORT_DATE, r.reportDate() == null ? null : r.reportDate().toString())
                .set(REPORT.UPDATED_AT, now.toString())
                .execute();
        deleteChildren(r.id());
        writeBasics(r);
        writeFinances(r.id(), r.finances());
        writePerformance(r.id(), r.performance());
        db.insertInto(CONCLUSION)
                .set(CONCLUSION.REPORT_ID, r.id())
                .set(CONCLUSION.SCORE, r.conclusion().score())
                .set(CONCLUSION.CONCLUSION_TEXT, r.conclusion().conclusionText())
                .set(CONCLUSION.PROBLEMS, r.conclusion().problems())
                .set(CONCLUSION.SUGGESTIONS, r.conclusion().suggestions())
                .execute();
        for (int i = 0; i < r.projects().size(); i++) {
            writeProject(r.id(), i, r.projects().get(i));
        }
        for (int i = 0; i < r.findingNotes().size(); i++) {
            db.insertInto(FINDING_NOTE)
                    .set(FINDING_NOTE.REPORT_ID, r.id())
                    .set(FINDING_NOTE.POSITION, i)
                    .set(FINDING_NOTE.FINDING_KEY, r.findingNotes().get(i).findingKey())
                    .set(FINDING_NOTE.NOTE_TEXT, r.findingNotes().get(i).text())
                    .execute();
        }
        DepartmentSheetRows.write(db, r.id(), r.departmentSheet());
        for (int i = 0; i < r.units().size(); i++) {
            db.insertInto(REPORT_UNIT)
                    .set(REPORT_UNIT.REPORT_ID, r.id())
                    .set(REPORT_UNIT.POSITION, i)
                    .set(REPORT_UNIT.UNIT_ID, r.units().get(i))
                    .execute();
        }
        pruneDepartments();
    }

    void deleteChildren(String reportId) {
        for (Table<?> table : CHILD_TABLES) {
            Field<String> key = table.field("report_id", String.class);
            db.deleteFrom(table).where(key.eq(reportId)).execute();
        }
    }

    void pruneDepartments() {
        db.deleteFrom(DEPARTMENT)
                .where(DEPARTMENT.ID.notIn(db.selectDistinct(REPORT.DEPARTMENT_ID).from(REPORT)))
                .execute();
    }

    private int department(Department d) {
        Record1<Integer> existing = db.select(DEPARTMENT.ID).from(DEPARTMENT)
                .where(DEPARTMENT.FULL_NAME.eq(d.fullName()).and(DEPARTMENT.SHORT_NAME.eq(d.shortName())))
                .fetchOne();
        if (existing != null) {
            return existing.value1();
        }
        return db.insertInto(DEPARTMENT)
                .set(DEPARTMENT.FULL_NAME, d.fullName())
                .set(DEPARTMENT.SHORT_NAME, d.shortName())
                .returning(DEPARTMENT.ID)
                .fetchOne()
                .getId();
    }

    private void writeBasics(Report r) {
        var b = r.basics();
        db.insertInto(BASICS)
                .set(BASICS.REPORT_ID, r.id())
                .set(BASICS.ORGANIZATION, b.organization())
                .set(BASICS.FUNCTIONS, b.functions())
                .set(BASICS.TASKS_INTRO, b.tasks().intro())
                .set(BASICS.TARGETS_TEXT, b.targets().text())
                .execute();
        Staffing s = b.staffing();
        db.insertInto(STAFFING)
                .set(STAFFING.REPORT_ID, r.id())
                .set(STAFFING.LONG_TERM_HIRED, s.longTermHired())
                .set(STAFFING.STAFFING_TEXT, s.text())
                .set(STAFFING.RETIREES, s.retirees())
                .execute();
        writeHeadcounts(r.id(), ESTABLISHMENT, s.establishment());
        writeHeadcounts(r.id(), ACTUAL, s.actual());
        for (int i = 0; i < s.leadershipPosts().size(); i++) {
            LeadershipPost p = s.leadershipPosts().get(i);
            db.insertInto(LEADERSHIP_POST)
                    .set(LEADERSHIP_POST.REPORT_ID, r.id())
                    .set(LEADERSHIP_POST.POSITION, i)
                    .set(LEADERSHIP_POST.TITLE, p.title())
                    .set(LEADERSHIP_POST.POST_COUNT, p.count())
                    .execute();
        }
        writeItems(r.id(), TASK, b.tasks().items());
        writeIndicators(r.id(), null, b.targets().indicators());
    }

    private void writeHeadcounts(String reportId, String kind, List<Headcount> rows) {
        for (int i = 0; i < rows.size(); i++) {
            Headcount h = rows.get(i);
            db.insertInto(HEADCOUNT)
                    .set(HEADCOUNT.REPORT_ID, reportId)
                    .set(HEADCOUNT.KIND, kind)
                    .set(HEADCOUNT.POSITION, i)
                    .set(HEADCOUNT.CATEGORY, h.category().name())
                    .set(HEADCOUNT.LABEL, h.label())
                    .set(HEADCOUNT.HEAD_COUNT, h.count())
                    .execute();
        }
    }

    private void writeItems(String reportId, String list, List<TextItem> items) {
        for (int i = 0; i < items.size(); i++) {
            db.insertInto(TEXT_ITEM)
                    .set(TEXT_ITEM.REPORT_ID, reportId)
                    .set(TEXT_ITEM.LIST, list)
                    .set(TEXT_ITEM.POSITION, i)
                    .set(TEXT_ITEM.TITLE, items.get(i).title())
                    .set(TEXT_ITEM.BODY, items.get(i).body())
                    .execute();
        }
    }

    private void writeFinances(String reportId, Finances f) {
        db.insertInto(FINANCES)
                .set(FINANCES.REPORT_ID, reportId)
                .set(FINANCES.INCOME_TEXT, f.incomeText())
                .set(FINANCES.EXPENDITURE_TEXT, f.expenditureText())
                .set(FINANCES.CARRYOVER_TEXT, f.carryoverText())
                .set(FINANCES.STATED_INCOME_TOTAL, StatedText.write(f.statedIncomeTotal()))
                .set(FINANCES.STATED_EXPENDITURE_TOTAL, StatedText.write(f.statedExpenditureTotal()))
                .set(FINANCES.PRIOR_INCOME_TOTAL, f.priorIncomeTotal())
                .set(FINANCES.PRIOR_EXPENDITURE_TOTAL, f.priorExpenditureTotal())
                .set(FINANCES.PERSONNEL_EXPENSES, f.personnelExpenses())
                .set(FINANCES.PUBLIC_EXPENSES, f.publicExpenses())
                .execute();
        f.income().forEach((source, amount) -> db.insertInto(INCOME_LINE)
                .set(INCOME_LINE.REPORT_ID, reportId)
                .set(INCOME_LINE.SOURCE, source.name())
                .set(INCOME_LINE.AMOUNT, amount)
                .execute());
        f.expenditure().forEach((category, amount) -> db.insertInto(EXPENDITURE_LINE)
                .set(EXPENDITURE_LINE.REPORT_ID, reportId)
                .set(EXPENDITURE_LINE.CATEGORY, category.name())
                .set(EXPENDITURE_LINE.AMOUNT, amount)
                .execute());
        Carryover c = f.carryover();
        db.insertInto(CARRYOVER)
                .set(CARRYOVER.REPORT_ID, reportId)
                .set(CARRYOVER.BASIC, c.basic())
                .set(CARRYOVER.PROJECT, c.project())
                .set(CARRYOVER.SURPLUS, c.surplus())
                .set(CARRYOVER.PRIOR_YEAR_TOTAL, c.priorYearTotal())
                .execute();
    }

    private void writePerformance(String reportId, PerformanceManagement p) {
        ProjectAnalysis a = p.projectAnalysis();
        db.insertInto(PERFORMANCE)
                .set(PERFORMANCE.REPORT_ID, reportId)
                .set(PERFORMANCE.DUTY_INTRO, p.duty().intro())
                .set(PERFORMANCE.TARGET_SETTING, a.targetSetting())
                .set(PERFORMANCE.GOAL_ACHIEVEMENT_TEXT, a.goalAchievementText())
                .set(PERFORMANCE.PUBLIC_INITIAL, a.publicExpenses().initial())
                .set(PERFORMANCE.PUBLIC_ADJUSTED, a.publicExpenses().adjusted())
                .set(PERFORMANCE.PUBLIC_EXECUTED, a.publicExpenses().executed())
                .set(PERFORMANCE.SPENDING_CONTROL_TEXT, a.spendingControlText())
                .set(PERFORMANCE.TIMELY_HANDLING, a.timelyHandling())
                .set(PERFORMANCE.BUDGET_COMPLETION, a.budgetCompletion())
                .set(PERFORMANCE.SURPLUS_AND_VIOLATIONS, a.surplusAndViolations())
                .set(PERFORMANCE.INTERNAL_USE, p.results().internalUse())
                .set(PERFORMANCE.DISCLOSURE, p.results().disclosure())
                .set(PERFORMANCE.RECTIFICATION, p.results().rectification())
                .execute();
        writeItems(reportId, DUTY, p.duty().items());
    }

    private void writeProject(String reportId, int position, Project p) {
        int projectId = db.insertInto(PROJECT)
                .set(PROJECT.REPORT_ID, reportId)
                .set(PROJECT.POSITION, position)
                .set(PROJECT.PROJECT_KEY, p.id())
                .set(PROJECT.CODE, p.code())
                .set(PROJECT.NAME, p.name())
                .set(PROJECT.COMPETENT_DEPARTMENT, p.competentDepartment())
                .set(PROJECT.IMPLEMENTING_UNIT, p.implementingUnit())
                .set(PROJECT.EXECUTION_WEIGHT, p.executionWeight())
                .set(PROJECT.EXECUTION_NOTE, p.executionNote())
                .set(PROJECT.ADJUSTMENT_REASON, p.adjustmentReason())
                .set(PROJECT.ANNUAL_GOAL, p.annualGoal())
                .set(PROJECT.GOAL_COMPLETION, p.goalCompletion())
                .set(PROJECT.IMPLEMENTATION_SUMMARY, p.implementationSummary())
                .set(PROJECT.EVALUATION_CONCLUSION, p.evaluationConclusion())
                .set(PROJECT.PROBLEMS, p.problems())
                .set(PROJECT.IMPROVEMENTS, p.improvements())
                .set(PROJECT.PROJECT_LEAD, p.projectLead())
                .set(PROJECT.FINANCE_LEAD, p.financeLead())
                .set(PROJECT.REPORT_TEXT, p.reportText())
                .set(PROJECT.DATA_NOTE, p.dataNote())
                .set(PROJECT.STATED_TOTAL_INITIAL, StatedText.write(p.stated().totalInitial()))
                .set(PROJECT.STATED_TOTAL_ADJUSTED, StatedText.write(p.stated().totalAdjusted()))
                .set(PROJECT.STATED_TOTAL_EXECUTED, StatedText.write(p.stated().totalExecuted()))
                .set(PROJECT.STATED_EXECUTION_RATE, StatedText.write(p.stated().executionRate()))
                .set(PROJECT.STATED_EXECUTION_SCORE, StatedText.write(p.stated().executionScore()))
                .set(PROJECT.STATED_TOTAL_SCORE, StatedText.write(p.stated().totalScore()))
                .returning(PROJECT.ID)
                .fetchOne()
                .getId();
        p.funds().forEach((source, f) -> db.insertInto(PROJECT_FUND)
                .set(PROJECT_FUND.PROJECT_ID, projectId)
                .set(PROJECT_FUND.SOURCE, source.name())
                .set(PROJECT_FUND.INITIAL, f.initial())
                .set(PROJECT_FUND.ADJUSTED, f.adjusted())
                .set(PROJECT_FUND.EXECUTED, f.executed())
                .execute());
        writeIndicators(reportId, projectId, p.indicators());
    }

    private void writeIndicators(String reportId, Integer projectId, List<Indicator> rows) {
        for (int i = 0; i < rows.size(); i++) {
            Indicator x = rows.get(i);
            db.insertInto(INDICATOR)
                    .set(INDICATOR.REPORT_ID, reportId)
                    .set(INDICATOR.PROJECT_ID, projectId)
                    .set(INDICATOR.POSITION, i)
                    .set(INDICATOR.LEVEL1, x.level1())
                    .set(INDICATOR.LEVEL2, x.level2())
                    .set(INDICATOR.NAME, x.name())
                    .set(INDICATOR.NATURE, x.nature().name())
                    .set(INDICATOR.TARGET, x.target())
                    .set(INDICATOR.UNIT, x.unit())
                    .set(INDICATOR.ACTUAL, x.actual())
                    .set(INDICATOR.WEIGHT, x.weight())
                    .set(INDICATOR.SCORE, x.score())
                    .set(INDICATOR.GRADE, x.grade() == null ? null : x.grade().name())
                    .set(INDICATOR.DEVIATION_REASON, x.deviationReason())
                    .set(INDICATOR.SCORE_LEFT_BLANK, x.scoreBlank() ? 1 : 0)
                    .execute();
        }
    }
}
