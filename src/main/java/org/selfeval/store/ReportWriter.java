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
import java.util.ArrayList;
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
        save(null, r, now);
    }

    /**
     * Writes {@code r}, given that the workspace holds exactly the rows of {@code previous} for it
     * ({@code null}: unknown, so every row is replaced). Only the parts that differ from
     * {@code previous} are deleted and written again: a section of the report (基本情况, 收支, 绩效管理,
     * 结论, 说明, 自评表, 下属单位) as a whole, a project with its funds and indicators by its position.
     * The report's own row is always written (its time of saving changes).
     */
    void save(Report previous, Report r, Instant now) {
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
        boolean whole = previous == null || !previous.id().equals(r.id());
        String id = r.id();
        if (whole) {
            deleteChildren(id);
        }
        if (whole || !previous.basics().equals(r.basics())) {
            if (!whole) {
                deleteWhere(id, BASICS, STAFFING, HEADCOUNT, LEADERSHIP_POST);
                db.deleteFrom(TEXT_ITEM).where(TEXT_ITEM.REPORT_ID.eq(id).and(TEXT_ITEM.LIST.eq(TASK))).execute();
                db.deleteFrom(INDICATOR).where(INDICATOR.REPORT_ID.eq(id).and(INDICATOR.PROJECT_ID.isNull())).execute();
            }
            writeBasics(r);
        }
        if (whole || !previous.finances().equals(r.finances())) {
            if (!whole) {
                deleteWhere(id, FINANCES, INCOME_LINE, EXPENDITURE_LINE, CARRYOVER);
            }
            writeFinances(id, r.finances());
        }
        if (whole || !previous.performance().equals(r.performance())) {
            if (!whole) {
                deleteWhere(id, PERFORMANCE);
                db.deleteFrom(TEXT_ITEM).where(TEXT_ITEM.REPORT_ID.eq(id).and(TEXT_ITEM.LIST.eq(DUTY))).execute();
            }
            writePerformance(id, r.performance());
        }
        if (whole || !previous.conclusion().equals(r.conclusion())) {
            if (!whole) {
                deleteWhere(id, CONCLUSION);
            }
            db.insertInto(CONCLUSION)
                    .set(CONCLUSION.REPORT_ID, id)
                    .set(CONCLUSION.SCORE, r.conclusion().score())
                    .set(CONCLUSION.CONCLUSION_TEXT, r.conclusion().conclusionText())
                    .set(CONCLUSION.PROBLEMS, r.conclusion().problems())
                    .set(CONCLUSION.SUGGESTIONS, r.conclusion().suggestions())
                    .execute();
        }
        writeProjects(id, whole ? List.of() : previous.projects(), r.projects());
        if (whole || !previous.findingNotes().equals(r.findingNotes())) {
            if (!whole) {
                deleteWhere(id, FINDING_NOTE);
            }
            RowBatch notes = new RowBatch(FINDING_NOTE, FINDING_NOTE.REPORT_ID, FINDING_NOTE.POSITION,
                    FINDING_NOTE.FINDING_KEY, FINDING_NOTE.NOTE_TEXT);
            for (int i = 0; i < r.findingNotes().size(); i++) {
                notes.add(id, i, r.findingNotes().get(i).findingKey(), r.findingNotes().get(i).text());
            }
            notes.insert(db);
        }
        if (whole || !previous.departmentSheet().equals(r.departmentSheet())) {
            if (!whole) {
                deleteWhere(id, SHEET_ENTRY, DEPARTMENT_SHEET);
            }
            DepartmentSheetRows.write(db, id, r.departmentSheet());
        }
        if (whole || !previous.units().equals(r.units())) {
            if (!whole) {
                deleteWhere(id, REPORT_UNIT);
            }
            RowBatch units = new RowBatch(REPORT_UNIT, REPORT_UNIT.REPORT_ID, REPORT_UNIT.POSITION, REPORT_UNIT.UNIT_ID);
            for (int i = 0; i < r.units().size(); i++) {
                units.add(id, i, r.units().get(i));
            }
            units.insert(db);
        }
        if (whole || !previous.department().equals(r.department())) {
            pruneDepartments();
        }
    }

    /**
     * The projects by position: one whose position holds an equal project is left as it is; one that
     * changed is deleted (its funds and indicators cascade) and inserted again; positions past the new
     * list's end are deleted.
     */
    private void writeProjects(String reportId, List<Project> before, List<Project> after) {
        List<Integer> stale = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (i >= after.size() || !before.get(i).equals(after.get(i))) {
                stale.add(i);
            }
        }
        if (!stale.isEmpty()) {
            db.deleteFrom(PROJECT).where(PROJECT.REPORT_ID.eq(reportId).and(PROJECT.POSITION.in(stale))).execute();
        }
        RowBatch funds = new RowBatch(PROJECT_FUND, PROJECT_FUND.PROJECT_ID, PROJECT_FUND.SOURCE,
                PROJECT_FUND.INITIAL, PROJECT_FUND.ADJUSTED, PROJECT_FUND.EXECUTED);
        RowBatch indicators = indicatorRows();
        for (int i = 0; i < after.size(); i++) {
            if (i < before.size() && before.get(i).equals(after.get(i))) {
                continue;
            }
            writeProject(reportId, i, after.get(i), funds, indicators);
        }
        funds.insert(db);
        indicators.insert(db);
    }

    private void deleteWhere(String reportId, Table<?>... tables) {
        for (Table<?> table : tables) {
            db.deleteFrom(table).where(table.field("report_id", String.class).eq(reportId)).execute();
        }
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
        RowBatch headcounts = new RowBatch(HEADCOUNT, HEADCOUNT.REPORT_ID, HEADCOUNT.KIND, HEADCOUNT.POSITION,
                HEADCOUNT.CATEGORY, HEADCOUNT.LABEL, HEADCOUNT.HEAD_COUNT);
        addHeadcounts(headcounts, r.id(), ESTABLISHMENT, s.establishment());
        addHeadcounts(headcounts, r.id(), ACTUAL, s.actual());
        headcounts.insert(db);
        RowBatch posts = new RowBatch(LEADERSHIP_POST, LEADERSHIP_POST.REPORT_ID, LEADERSHIP_POST.POSITION,
                LEADERSHIP_POST.TITLE, LEADERSHIP_POST.POST_COUNT);
        for (int i = 0; i < s.leadershipPosts().size(); i++) {
            LeadershipPost p = s.leadershipPosts().get(i);
            posts.add(r.id(), i, p.title(), p.count());
        }
        posts.insert(db);
        writeItems(r.id(), TASK, b.tasks().items());
        RowBatch indicators = indicatorRows();
        addIndicators(indicators, r.id(), null, b.targets().indicators());
        indicators.insert(db);
    }

    private static void addHeadcounts(RowBatch batch, String reportId, String kind, List<Headcount> rows) {
        for (int i = 0; i < rows.size(); i++) {
            Headcount h = rows.get(i);
            batch.add(reportId, kind, i, h.category().name(), h.label(), h.count());
        }
    }

    private void writeItems(String reportId, String list, List<TextItem> items) {
        RowBatch rows = new RowBatch(TEXT_ITEM, TEXT_ITEM.REPORT_ID, TEXT_ITEM.LIST, TEXT_ITEM.POSITION,
                TEXT_ITEM.TITLE, TEXT_ITEM.BODY);
        for (int i = 0; i < items.size(); i++) {
            rows.add(reportId, list, i, items.get(i).title(), items.get(i).body());
        }
        rows.insert(db);
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
        RowBatch income = new RowBatch(INCOME_LINE, INCOME_LINE.REPORT_ID, INCOME_LINE.SOURCE, INCOME_LINE.AMOUNT);
        f.income().forEach((source, amount) -> income.add(reportId, source.name(), amount));
        income.insert(db);
        RowBatch expenditure = new RowBatch(EXPENDITURE_LINE, EXPENDITURE_LINE.REPORT_ID, EXPENDITURE_LINE.CATEGORY,
                EXPENDITURE_LINE.AMOUNT);
        f.expenditure().forEach((category, amount) -> expenditure.add(reportId, category.name(), amount));
        expenditure.insert(db);
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

    private void writeProject(String reportId, int position, Project p, RowBatch funds, RowBatch indicators) {
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
        p.funds().forEach((source, f) -> funds.add(projectId, source.name(), f.initial(), f.adjusted(), f.executed()));
        addIndicators(indicators, reportId, projectId, p.indicators());
    }

    private static RowBatch indicatorRows() {
        return new RowBatch(INDICATOR, INDICATOR.REPORT_ID, INDICATOR.PROJECT_ID, INDICATOR.POSITION, INDICATOR.LEVEL1,
                INDICATOR.LEVEL2, INDICATOR.NAME, INDICATOR.NATURE, INDICATOR.TARGET, INDICATOR.UNIT, INDICATOR.ACTUAL,
                INDICATOR.WEIGHT, INDICATOR.SCORE, INDICATOR.GRADE, INDICATOR.DEVIATION_REASON, INDICATOR.SCORE_LEFT_BLANK);
    }

    private static void addIndicators(RowBatch batch, String reportId, Integer projectId, List<Indicator> rows) {
        for (int i = 0; i < rows.size(); i++) {
            Indicator x = rows.get(i);
            batch.add(reportId, projectId, i, x.level1(), x.level2(), x.name(), x.nature().name(), x.target(), x.unit(),
                    x.actual(), x.weight(), x.score(), x.grade() == null ? null : x.grade().name(), x.deviationReason(),
                    x.scoreBlank() ? 1 : 0);
        }
    }
}
