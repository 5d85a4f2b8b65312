package org.selfeval.export.xlsx;

import static org.selfeval.exchange.xlsx.SichuanForm.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectStated;
import org.selfeval.model.Scores;
import org.selfeval.model.Stated;

/**
 * One project's 部门预算项目支出绩效自评表 in the Sichuan layout (报表编号 510000_0013zp), cell for cell,
 * with formulas where the form computes: 总额, 预算执行率, 得分, 合计.
 */
final class SichuanProjectSheet {
    private static final int[] WIDTHS = {12, 16, 17, 24, 10, 10, 10, 11, 9, 9, 26};
    private static final int WIDE = 130;

    private final SheetWriter w;
    private final Project project;
    private final int year;
    private final PrintedTotals totals;

    /** Row of the 总额 line, for the summary sheet's references. */
    int totalRow = -1;
    /** Row of the 合计 line. */
    int sumRow = -1;
    /** The 合计 得分 cell. */
    private Optional<BigDecimal> totalScore = Optional.empty();

    private final org.selfeval.exchange.xlsx.ProjectMeta meta = new org.selfeval.exchange.xlsx.ProjectMeta();

    SichuanProjectSheet(Sheet sheet, XlsxStyles styles, Project project, int year) {
        this.w = new SheetWriter(sheet, styles);
        this.project = project;
        this.year = year;
        this.totals = PrintedTotals.of(project);
    }

    /** Where this sheet keeps its totals and what they are, once written. */
    ProjectSheetRef ref() {
        return new ProjectSheetRef(w.sheet.getSheetName(), totalRow, COL_INITIAL, COL_RATE, sumRow, COL_SCORE, totals, totalScore);
    }

    void write() {
        XlsxStyles st = w.styles;
        w.columnWidths(WIDTHS);
        w.textBlock(0, 0, 8, 10, FORM_NUMBER, st.formNumber);
        w.textBlock(1, 1, 0, 10, title(year), st.title);
        w.sheet.getRow(1).setHeightInPoints(30);
        w.text(2, 0, PROJECT_NAME, st.label);
        w.textBlock(2, 2, 1, 10, displayName(project), st.text);
        w.fitHeight(2, displayName(project), WIDE, 20);
        w.text(3, 0, COMPETENT, st.label);
        w.textBlock(3, 3, 1, 4, project.competentDepartment(), st.text);
        w.textBlock(3, 3, 5, 6, IMPLEMENTING, st.label);
        w.textBlock(3, 3, 7, 10, project.implementingUnit(), st.text);
        w.fitHeight(3, project.competentDepartment(), 40, 20);
        writeBasics();
        int row = writeExecution(9);
        row = writeIndicators(row);
        row = writeTextRow(row, CONCLUSION, project.evaluationConclusion());
        row = writeTextRow(row, PROBLEMS, project.problems());
        row = writeTextRow(row, IMPROVEMENTS, project.improvements());
        w.textBlock(row, row, 0, 4, PROJECT_LEAD + project.projectLead(), st.plain);
        w.textBlock(row, row, 5, 10, FINANCE_LEAD + project.financeLead(), st.plain);
        w.sheet.getRow(row).setHeightInPoints(24);
        int last = row;
        writeMeta();
        w.printSetup(last, 10, 0, 2);
    }

    /** 原因: the execution note, and the adjustment reason (form instruction 2) on its own line. */
    static String reasonText(Project p) {
        if (p.adjustmentReason().isEmpty()) {
            return p.executionNote();
        }
        return (p.executionNote().isEmpty() ? "" : p.executionNote() + "\n") + adjustmentLine(p.adjustmentReason());
    }

    static String adjustmentLine(String reason) {
        return ADJUSTMENT_PREFIX + reason;
    }

    static String displayName(Project p) {
        return p.code() == null || p.code().isBlank() ? p.name() : p.code() + "-" + p.name();
    }

    private void writeBasics() {
        XlsxStyles st = w.styles;
        w.textBlock(4, 8, 0, 0, BASICS, st.label);
        w.textBlock(4, 4, 1, 10, GOAL_HEADER, st.labelLeft);
        w.textBlock(5, 5, 1, 5, GOAL, st.label);
        w.textBlock(5, 5, 6, 10, GOAL_DONE, st.label);
        w.textBlock(6, 6, 1, 5, project.annualGoal(), st.text);
        w.textBlock(6, 6, 6, 10, project.goalCompletion(), st.text);
        w.fitHeight(6, project.annualGoal(), 62, 24);
        w.fitHeight(6, project.goalCompletion(), 66, 24);
        w.textBlock(7, 7, 1, 10, SUMMARY_HEADER, st.labelLeft);
        w.textBlock(8, 8, 1, 10, project.implementationSummary(), st.text);
        w.fitHeight(8, project.implementationSummary(), WIDE, 24);
    }

    /** The 预算执行情况 block from the header row on; returns the next free row. */
    private int writeExecution(int header) {
        XlsxStyles st = w.styles;
        List<FundSource> sources = new ArrayList<>(STANDARD_SOURCES);
        if (!project.funds(FundSource.PRIOR_YEAR_CARRYOVER).isEmpty()) {
            sources.add(FundSource.PRIOR_YEAR_CARRYOVER);
        }
        int total = header + 1;
        int first = total + 1;
        int last = total + sources.size();
        w.textBlock(header, last, 0, 0, EXECUTION_PREFIX + "(" + points(project.executionWeight()) + "分)", st.label);
        for (int i = 0; i < 7; i++) {
            w.text(header, 1 + i, EXECUTION_HEADER.get(i), st.label);
        }
        w.textBlock(header, header, COL_REASON, 10, EXECUTION_HEADER.get(7), st.label);
        w.fitHeight(header, EXECUTION_HEADER.get(0), 14, 30);

        BudgetFigures sum = project.totalFunds();
        w.text(total, 1, TOTAL, st.textCenter);
        totalCell(total, COL_INITIAL, sum.initial(), first, last);
        totalCell(total, COL_ADJUSTED, sum.adjusted(), first, last);
        totalCell(total, COL_EXECUTED, sum.executed(), first, last);
        w.formula(total, COL_RATE, rateFormula(total), SheetWriter.fraction(totals.computedRate()), st.percent);
        w.number(total, COL_EXEC_WEIGHT, project.executionWeight(), st.score);
        String rate = SheetWriter.ref(total, COL_RATE);
        w.formula(total, COL_EXEC_SCORE, SheetWriter.executionScoreFormula(rate, SheetWriter.ref(total, COL_EXEC_WEIGHT)),
                totals.computedScore(), st.score);
        ProjectStated stated = project.stated();
        w.statedOver(total, COL_INITIAL, stated.totalInitial(), st.amount, false);
        w.statedOver(total, COL_ADJUSTED, stated.totalAdjusted(), st.amount, false);
        w.statedOver(total, COL_EXECUTED, stated.totalExecuted(), st.amount, false);
        w.statedOver(total, COL_RATE, stated.executionRate(), st.percent, true);
        w.statedOver(total, COL_EXEC_SCORE, stated.executionScore(), st.score, false);
        String reason = reasonText(project);
        w.textBlock(total, total, COL_REASON, 10, reason, st.text);
        w.fitHeight(total, reason, 40, 20);
        for (int i = 0; i < sources.size(); i++) {
            int r = first + i;
            BudgetFigures f = project.funds(sources.get(i));
            w.text(r, 1, FUND_ROWS.get(sources.get(i)), st.textCenter);
            w.number(r, COL_INITIAL, f.initial(), st.amount);
            w.number(r, COL_ADJUSTED, f.adjusted(), st.amount);
            w.number(r, COL_EXECUTED, f.executed(), st.amount);
            w.formula(r, COL_RATE, rateFormula(r), SheetWriter.rate(f), st.percent);
            w.text(r, COL_EXEC_WEIGHT, NOT_APPLICABLE, st.textCenter);
            w.text(r, COL_EXEC_SCORE, NOT_APPLICABLE, st.textCenter);
            w.textBlock(r, r, COL_REASON, 10, "", st.text);
        }
        totalRow = total;
        return last + 1;
    }

    private void totalCell(int row, int col, BigDecimal value, int first, int last) {
        if (value == null) {
            w.number(row, col, null, w.styles.amount);
        } else {
            w.formula(row, col, col == COL_ADJUSTED ? SheetWriter.budgetSumFormula(first, last, COL_INITIAL, COL_ADJUSTED)
                    : "SUM(" + SheetWriter.ref(first, col) + ":" + SheetWriter.ref(last, col) + ")", Optional.of(value),
                    w.styles.amount);
        }
    }

    static String rateFormula(int r) {
        return SheetWriter.rateFormula(r, COL_INITIAL, COL_ADJUSTED, COL_EXECUTED);
    }

    /** The 绩效指标 block and the 合计 row; returns the next free row. */
    private int writeIndicators(int header) {
        XlsxStyles st = w.styles;
        List<Indicator> rows = project.indicators();
        int first = header + 1;
        int count = Math.max(rows.size(), 1);
        int last = header + count;
        BigDecimal indicatorWeights = rows.stream().map(i -> i.weight() == null ? BigDecimal.ZERO : i.weight())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal blockPoints = rows.isEmpty() ? Scores.HUNDRED.subtract(project.executionWeight()) : indicatorWeights;
        w.textBlock(header, last, 0, 0, INDICATORS_PREFIX + "(" + points(blockPoints) + "分)", st.label);
        for (int i = 0; i < INDICATOR_HEADER.size(); i++) {
            w.text(header, 1 + i, INDICATOR_HEADER.get(i), st.label);
        }
        w.sheet.getRow(header).setHeightInPoints(30);
        List<Optional<BigDecimal>> scores = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Optional<BigDecimal> score = writeIndicator(first + i, i < rows.size() ? rows.get(i) : null);
            if (i < rows.size()) {
                scores.add(score);
            }
        }
        MergeRuns.apply(w, first, rows, COL_LEVEL1, COL_LEVEL2);

        int sum = last + 1;
        w.textBlock(sum, sum, 0, 7, SUM, st.label);
        String weights = rows.isEmpty() ? "" : "+SUM(" + SheetWriter.ref(first, COL_WEIGHT) + ":" + SheetWriter.ref(last, COL_WEIGHT) + ")";
        w.formula(sum, COL_WEIGHT, SheetWriter.ref(totalRow, COL_EXEC_WEIGHT) + weights, Optional.of(project.totalWeight()), st.score);
        String execScore = SheetWriter.ref(totalRow, COL_EXEC_SCORE);
        String range = SheetWriter.ref(first, COL_SCORE) + ":" + SheetWriter.ref(last, COL_SCORE);
        String total = rows.isEmpty()
                ? "IF(COUNT(" + execScore + ")=1," + execScore + ",\"\")"
                : "IF(COUNT(" + execScore + "," + range + ")=" + (1 + rows.size()) + "," + execScore + "+SUM(" + range + "),\"\")";
        Optional<BigDecimal> computed = totals.totalScore(scores);
        w.formula(sum, COL_SCORE, total, computed, st.score);
        w.statedOver(sum, COL_SCORE, project.stated().totalScore(), st.score, false);
        totalScore = Stated.printed(project.stated().totalScore(), computed);
        w.text(sum, COL_DEVIATION, "", st.text);
        w.sheet.getRow(sum).setHeightInPoints(22);
        sumRow = sum;
        return sum + 1;
    }

    /** One indicator row (or the empty row of a project without indicators); returns its 得分 cell. */
    private Optional<BigDecimal> writeIndicator(int r, Indicator row) {
        XlsxStyles st = w.styles;
        if (row == null) {
            for (int c = 1; c <= 10; c++) {
                w.text(r, c, "", st.text);
            }
            w.sheet.getRow(r).setHeightInPoints(20);
            return Optional.empty();
        }
        w.text(r, COL_LEVEL1, row.level1(), st.textCenter);
        w.text(r, COL_LEVEL2, row.level2(), st.textCenter);
        w.text(r, COL_NAME, row.name(), st.text);
        w.text(r, COL_NATURE, row.nature().symbol(), st.textCenter);
        w.value(r, COL_TARGET, row.target());
        w.text(r, COL_UNIT, row.unit(), st.textCenter);
        w.value(r, COL_ACTUAL, row.actual());
        w.number(r, COL_WEIGHT, row.weight(), st.score);
        String weight = SheetWriter.ref(r, COL_WEIGHT);
        Optional<IndicatorFormulas.Formula> formula = IndicatorFormulas.forRow(row, SheetWriter.plainNumber(row.target()),
                SheetWriter.plainNumber(row.actual()), SheetWriter.ref(r, COL_TARGET), SheetWriter.ref(r, COL_ACTUAL), weight);
        Optional<BigDecimal> score = formula.map(IndicatorFormulas.Formula::score).or(row::effectiveScore);
        if (formula.isPresent()) {
            w.formula(r, COL_SCORE, formula.get().text(), score, st.score);
        } else {
            w.number(r, COL_SCORE, score.orElse(null), st.score);
            if (row.score() == null && row.effectiveScore().isPresent()) {
                meta.markComputed(r);
            }
        }
        w.text(r, COL_DEVIATION, row.deviationReason(), st.text);
        if (row.grade() != null) {
            meta.grade(r, row.grade().name());
        }
        w.fitHeight(r, row.name(), WIDTHS[COL_NAME] - 1, 20);
        w.fitHeight(r, row.deviationReason(), WIDTHS[COL_DEVIATION] - 1, 20);
        return score;
    }

    private int writeTextRow(int r, String label, String value) {
        w.text(r, 0, label, w.styles.label);
        w.textBlock(r, r, 1, 10, value, w.styles.text);
        w.fitHeight(r, value, WIDE, 30);
        return r + 1;
    }

    private void writeMeta() {
        meta.id(project.id()).code(project.code()).adjustmentReason(project.adjustmentReason())
                .reportText(project.reportText()).text(org.selfeval.exchange.xlsx.ProjectMeta.DATA_NOTE, project.dataNote());
    }

    /** What the form has no cell for, kept in the workbook's data part (no hidden columns). */
    org.selfeval.exchange.xlsx.ProjectMeta meta() {
        return meta;
    }

    static String points(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
