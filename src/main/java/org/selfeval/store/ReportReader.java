package org.selfeval.store;

import static org.selfeval.store.jooq.Tables.REPORT_UNIT;
import static org.selfeval.store.jooq.Tables.BASICS;
import static org.selfeval.store.jooq.Tables.CARRYOVER;
import static org.selfeval.store.jooq.Tables.CONCLUSION;
import static org.selfeval.store.jooq.Tables.DEPARTMENT;
import static org.selfeval.store.jooq.Tables.EXPENDITURE_LINE;
import static org.selfeval.store.jooq.Tables.FINANCES;
import static org.selfeval.store.jooq.Tables.FINDING_NOTE;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.selfeval.model.AnnualTasks;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Carryover;
import org.selfeval.model.Conclusion;
import org.selfeval.model.Department;
import org.selfeval.model.DepartmentBasics;
import org.selfeval.model.DutyPerformance;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.FindingNote;
import org.selfeval.model.FundSource;
import org.selfeval.model.Headcount;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.LeadershipPost;
import org.selfeval.model.PerformanceManagement;
import org.selfeval.model.PerformanceTargets;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectStated;
import org.selfeval.model.ProjectAnalysis;
import org.selfeval.model.QualitativeGrade;
import org.selfeval.model.Report;
import org.selfeval.model.ResultApplication;
import org.selfeval.model.StaffCategory;
import org.selfeval.model.Staffing;
import org.selfeval.model.TextItem;
import org.selfeval.store.jooq.tables.records.ProjectRecord;

/** Reads one report back from the normalised tables. */
final class ReportReader {
    private final DSLContext db;

    ReportReader(DSLContext db) {
        this.db = db;
    }

    List<ReportSummary> list() {
        return db.select(REPORT.ID, DEPARTMENT.FULL_NAME, REPORT.REPORT_YEAR, REPORT.UPDATED_AT)
                .from(REPORT).join(DEPARTMENT).on(DEPARTMENT.ID.eq(REPORT.DEPARTMENT_ID))
                .orderBy(DEPARTMENT.FULL_NAME, REPORT.REPORT_YEAR.desc(), REPORT.ID)
                .fetch(r -> new ReportSummary(r.value1(), r.value2(), r.value3(), Instant.parse(r.value4())));
    }

    Optional<Report> load(String id) {
        var head = db.select().from(REPORT).join(DEPARTMENT).on(DEPARTMENT.ID.eq(REPORT.DEPARTMENT_ID))
                .where(REPORT.ID.eq(id)).fetchOne();
        if (head == null) {
            return Optional.empty();
        }
        ExactNumbers.verify(db, id);
        String date = head.get(REPORT.REPORT_DATE);
        return Optional.of(new Report(
                id,
                head.get(REPORT.REPORT_YEAR),
                new Department(head.get(DEPARTMENT.FULL_NAME), head.get(DEPARTMENT.SHORT_NAME)),
                head.get(REPORT.PROFILE),
                basics(id),
                finances(id),
                performance(id),
                conclusion(id),
                db.selectFrom(PROJECT).where(PROJECT.REPORT_ID.eq(id)).orderBy(PROJECT.POSITION).fetch(this::project),
                head.get(REPORT.ATTACHMENT_TEXT),
                db.selectFrom(FINDING_NOTE).where(FINDING_NOTE.REPORT_ID.eq(id)).orderBy(FINDING_NOTE.POSITION)
                        .fetch(n -> new FindingNote(n.getFindingKey(), n.getNoteText())),
                date == null ? null : LocalDate.parse(date),
                DepartmentSheetRows.read(db, id),
                db.select(REPORT_UNIT.UNIT_ID).from(REPORT_UNIT).where(REPORT_UNIT.REPORT_ID.eq(id)).orderBy(REPORT_UNIT.POSITION)
                        .fetch(REPORT_UNIT.UNIT_ID)));
    }

    private DepartmentBasics basics(String id) {
        var b = db.selectFrom(BASICS).where(BASICS.REPORT_ID.eq(id)).fetchOne();
        var s = db.selectFrom(STAFFING).where(STAFFING.REPORT_ID.eq(id)).fetchOne();
        List<LeadershipPost> posts = db.selectFrom(LEADERSHIP_POST).where(LEADERSHIP_POST.REPORT_ID.eq(id))
                .orderBy(LEADERSHIP_POST.POSITION).fetch(p -> new LeadershipPost(p.getTitle(), p.getPostCount()));
        Staffing staffing = new Staffing(headcounts(id, ReportWriter.ESTABLISHMENT), posts,
                headcounts(id, ReportWriter.ACTUAL),
                s == null ? null : s.getLongTermHired(), s == null ? null : s.getStaffingText(),
                s == null ? null : s.getRetirees());
        if (b == null) {
            return DepartmentBasics.EMPTY.withStaffing(staffing);
        }
        return new DepartmentBasics(b.getOrganization(), b.getFunctions(), staffing,
                new AnnualTasks(b.getTasksIntro(), items(id, ReportWriter.TASK)),
                new PerformanceTargets(b.getTargetsText(), indicators(id, INDICATOR.PROJECT_ID.isNull())));
    }

    private List<Headcount> headcounts(String id, String kind) {
        return db.selectFrom(HEADCOUNT).where(HEADCOUNT.REPORT_ID.eq(id).and(HEADCOUNT.KIND.eq(kind)))
                .orderBy(HEADCOUNT.POSITION)
                .fetch(h -> new Headcount(StaffCategory.valueOf(h.getCategory()), h.getLabel(), h.getHeadCount()));
    }

    private List<TextItem> items(String id, String list) {
        return db.selectFrom(TEXT_ITEM).where(TEXT_ITEM.REPORT_ID.eq(id).and(TEXT_ITEM.LIST.eq(list)))
                .orderBy(TEXT_ITEM.POSITION).fetch(t -> new TextItem(t.getTitle(), t.getBody()));
    }

    private Finances finances(String id) {
        Map<IncomeSource, BigDecimal> income = new EnumMap<>(IncomeSource.class);
        db.selectFrom(INCOME_LINE).where(INCOME_LINE.REPORT_ID.eq(id))
                .forEach(l -> income.put(IncomeSource.valueOf(l.getSource()), l.getAmount()));
        Map<ExpenditureCategory, BigDecimal> expenditure = new EnumMap<>(ExpenditureCategory.class);
        db.selectFrom(EXPENDITURE_LINE).where(EXPENDITURE_LINE.REPORT_ID.eq(id))
                .forEach(l -> expenditure.put(ExpenditureCategory.valueOf(l.getCategory()), l.getAmount()));
        var c = db.selectFrom(CARRYOVER).where(CARRYOVER.REPORT_ID.eq(id)).fetchOne();
        Carryover carryover = c == null ? Carryover.EMPTY
                : new Carryover(c.getBasic(), c.getProject(), c.getSurplus(), c.getPriorYearTotal());
        var f = db.selectFrom(FINANCES).where(FINANCES.REPORT_ID.eq(id)).fetchOne();
        if (f == null) {
            return new Finances(income, null, expenditure, null, carryover, null);
        }
        return new Finances(income, f.getIncomeText(), expenditure, f.getExpenditureText(), carryover, f.getCarryoverText(),
                StatedText.read(f.getStatedIncomeTotal()), StatedText.read(f.getStatedExpenditureTotal()),
                f.getPriorIncomeTotal(), f.getPriorExpenditureTotal(), f.getPersonnelExpenses(), f.getPublicExpenses());
    }

    private PerformanceManagement performance(String id) {
        var p = db.selectFrom(PERFORMANCE).where(PERFORMANCE.REPORT_ID.eq(id)).fetchOne();
        List<TextItem> duty = items(id, ReportWriter.DUTY);
        if (p == null) {
            return PerformanceManagement.EMPTY.withDuty(new DutyPerformance("", duty));
        }
        return new PerformanceManagement(
                new DutyPerformance(p.getDutyIntro(), duty),
                new ProjectAnalysis(p.getTargetSetting(), p.getGoalAchievementText(),
                        new BudgetFigures(p.getPublicInitial(), p.getPublicAdjusted(), p.getPublicExecuted()),
                        p.getSpendingControlText(), p.getTimelyHandling(), p.getBudgetCompletion(),
                        p.getSurplusAndViolations()),
                new ResultApplication(p.getInternalUse(), p.getDisclosure(), p.getRectification()));
    }

    private Conclusion conclusion(String id) {
        var c = db.selectFrom(CONCLUSION).where(CONCLUSION.REPORT_ID.eq(id)).fetchOne();
        return c == null ? Conclusion.EMPTY
                : new Conclusion(c.getScore(), c.getConclusionText(), c.getProblems(), c.getSuggestions());
    }

    private Project project(ProjectRecord p) {
        Map<FundSource, BudgetFigures> funds = new EnumMap<>(FundSource.class);
        db.selectFrom(PROJECT_FUND).where(PROJECT_FUND.PROJECT_ID.eq(p.getId())).forEach(f -> funds.put(
                FundSource.valueOf(f.getSource()), new BudgetFigures(f.getInitial(), f.getAdjusted(), f.getExecuted())));
        return new Project(p.getProjectKey(), p.getCode(), p.getName(), p.getCompetentDepartment(),
                p.getImplementingUnit(), funds, p.getExecutionWeight(), p.getExecutionNote(), p.getAdjustmentReason(),
                p.getAnnualGoal(), p.getGoalCompletion(), p.getImplementationSummary(),
                indicators(p.getReportId(), INDICATOR.PROJECT_ID.eq(p.getId())),
                p.getEvaluationConclusion(), p.getProblems(), p.getImprovements(), p.getProjectLead(),
                p.getFinanceLead(), p.getReportText(), p.getDataNote(),
                new ProjectStated(StatedText.read(p.getStatedTotalInitial()), StatedText.read(p.getStatedTotalAdjusted()),
                        StatedText.read(p.getStatedTotalExecuted()), StatedText.read(p.getStatedExecutionRate()),
                        StatedText.read(p.getStatedExecutionScore()), StatedText.read(p.getStatedTotalScore())));
    }

    private List<Indicator> indicators(String reportId, Condition owner) {
        return db.selectFrom(INDICATOR).where(INDICATOR.REPORT_ID.eq(reportId).and(owner))
                .orderBy(INDICATOR.POSITION)
                .fetch(x -> new Indicator(x.getLevel1(), x.getLevel2(), x.getName(),
                        IndicatorNature.valueOf(x.getNature()), x.getTarget(), x.getUnit(), x.getActual(),
                        x.getWeight(), x.getScore(),
                        x.getGrade() == null ? null : QualitativeGrade.valueOf(x.getGrade()),
                        x.getDeviationReason(), x.getScoreLeftBlank() != 0));
    }
}
