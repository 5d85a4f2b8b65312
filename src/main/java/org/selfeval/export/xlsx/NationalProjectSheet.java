package org.selfeval.export.xlsx;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;
import org.selfeval.profile.ProjectForm;
import org.selfeval.model.ProjectStated;
import org.selfeval.export.NationalTargets;
import org.apache.poi.ss.usermodel.CellType;
import java.util.ArrayList;
import java.util.Optional;
import org.selfeval.model.Stated;

/**
 * One project's 项目支出绩效自评表 in the national layout of 财预〔2020〕10号 (domain.md §1.1):
 * 项目资金 by 当年财政拨款 / 上年结转资金 / 其他资金, 年度总体目标, 绩效指标 with 一级/二级 merged,
 * 总分. Indicator values are shown as the form shows them (sign, value and unit in one cell) but kept
 * as numbers with a number format that adds the sign and unit, so that indicator scores are formulas
 * like 总额, 执行率, execution 得分 and 总分; a value that is not a plain number stays text and its score
 * a figure.
 */
final class NationalProjectSheet {
    static final String TITLE = "项目支出绩效自评表";
    private static final int[] WIDTHS = {11, 14, 17, 24, 14, 14, 9, 9, 16, 16};
    private static final int INITIAL = 3;
    private static final int ADJUSTED = 4;
    private static final int EXECUTED = 5;
    private static final int WEIGHT = 6;
    private static final int RATE = 7;
    private static final int SCORE = 8;

    private final SheetWriter w;
    private final Project project;
    private final int year;
    private final ProjectForm form;
    int totalRow = -1;
    int sumRow = -1;
    private final org.selfeval.exchange.xlsx.ProjectMeta meta;
    private final PrintedTotals totals;
    private Optional<BigDecimal> totalScore = Optional.empty();

    NationalProjectSheet(Sheet sheet, XlsxStyles styles, Project project, int year, ProjectForm form) {
        this.w = new SheetWriter(sheet, styles);
        this.project = project;
        this.year = year;
        this.form = form;
        this.meta = org.selfeval.exchange.xlsx.NationalMeta.of(project);
        this.totals = PrintedTotals.of(project);
    }

    /** Where this sheet keeps its totals and what they are, once written. */
    ProjectSheetRef ref() {
        return new ProjectSheetRef(w.sheet.getSheetName(), totalRow, INITIAL, RATE, sumRow, 7, totals, totalScore);
    }

    /** What the form has no cell for, kept in the workbook's data part. */
    org.selfeval.exchange.xlsx.ProjectMeta meta() {
        return meta;
    }

    void write() {
        XlsxStyles st = w.styles;
        w.columnWidths(WIDTHS);
        w.textBlock(0, 0, 0, 9, TITLE, st.title);
        w.sheet.getRow(0).setHeightInPoints(30);
        w.textBlock(1, 1, 0, 9, "（" + year + "年度）", st.subtitle);
        w.text(2, 0, "项目名称", st.label);
        w.textBlock(2, 2, 1, 9, SichuanProjectSheet.displayName(project), st.text);
        w.text(3, 0, "主管部门", st.label);
        w.textBlock(3, 3, 1, 4, project.competentDepartment(), st.text);
        w.text(3, 5, "实施单位", st.label);
        w.textBlock(3, 3, 6, 9, project.implementingUnit(), st.text);
        writeFunds();
        w.textBlock(9, 10, 0, 0, "年度总体目标", st.label);
        w.textBlock(9, 9, 1, 5, "预期目标", st.label);
        w.textBlock(9, 9, 6, 9, "实际完成情况", st.label);
        w.textBlock(10, 10, 1, 5, project.annualGoal(), st.text);
        w.textBlock(10, 10, 6, 9, project.goalCompletion(), st.text);
        w.fitHeight(10, project.annualGoal(), 70, 40);
        int last = writeIndicators(11);
        w.printSetup(last, 9, 0, 2);
    }

    private void writeFunds() {
        XlsxStyles st = w.styles;
        w.textBlock(4, 8, 0, 0, "项目资金（万元）", st.label);
        w.textBlock(4, 4, 1, 2, "", st.label);
        String[] head = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率"};
        for (int i = 0; i < head.length; i++) {
            w.text(4, INITIAL + i, head[i], st.label);
        }
        w.textBlock(4, 4, SCORE, 9, "得分", st.label);
        BudgetFigures other = BudgetFigures.total(List.of(project.funds(FundSource.SPECIAL_ACCOUNT),
                project.funds(FundSource.UNIT), project.funds(FundSource.OTHER)));
        List<BudgetFigures> parts = List.of(project.funds(FundSource.FISCAL),
                project.funds(FundSource.PRIOR_YEAR_CARRYOVER), other);
        String[] labels = {form.fiscalRow(), "上年结转资金", "其他资金"};
        BudgetFigures total = project.totalFunds();
        w.textBlock(5, 5, 1, 2, "年度资金总额", st.textCenter);
        sumCell(INITIAL, total.initial());
        sumCell(ADJUSTED, total.adjusted());
        sumCell(EXECUTED, total.executed());
        w.number(5, WEIGHT, project.executionWeight(), st.score);
        w.formula(5, RATE, SheetWriter.rateFormula(5, INITIAL, ADJUSTED, EXECUTED), SheetWriter.fraction(totals.computedRate()),
                st.percent);
        w.formula(5, SCORE, SheetWriter.executionScoreFormula(SheetWriter.ref(5, RATE), SheetWriter.ref(5, WEIGHT)),
                totals.computedScore(), st.score);
        w.merge(5, 5, SCORE, 9, st.score);
        ProjectStated stated = project.stated();
        w.statedOver(5, INITIAL, stated.totalInitial(), st.amount, false);
        w.statedOver(5, ADJUSTED, stated.totalAdjusted(), st.amount, false);
        w.statedOver(5, EXECUTED, stated.totalExecuted(), st.amount, false);
        w.statedOver(5, RATE, stated.executionRate(), st.percent, true);
        w.statedOver(5, SCORE, stated.executionScore(), st.score, false);
        for (int i = 0; i < parts.size(); i++) {
            int r = 6 + i;
            w.textBlock(r, r, 1, 2, labels[i], st.textCenter);
            w.number(r, INITIAL, parts.get(i).initial(), st.amount);
            // 全年预算数: the whole-year budget, the 年初预算 where it was not adjusted (as the PDF prints it)
            w.number(r, ADJUSTED, parts.get(i).effectiveBudget(), st.amount);
            w.number(r, EXECUTED, parts.get(i).executed(), st.amount);
            w.text(r, WEIGHT, "—", st.textCenter);
            w.formula(r, RATE, SheetWriter.rateFormula(r, INITIAL, ADJUSTED, EXECUTED), SheetWriter.rate(parts.get(i)), st.percent);
            w.textBlock(r, r, SCORE, 9, "—", st.textCenter);
        }
        totalRow = 5;
    }

    private void sumCell(int col, BigDecimal value) {
        if (value == null) {
            w.number(5, col, null, w.styles.amount);
        } else {
            w.formula(5, col, col == ADJUSTED ? SheetWriter.budgetSumFormula(6, 8, INITIAL, ADJUSTED)
                    : "SUM(" + SheetWriter.ref(6, col) + ":" + SheetWriter.ref(8, col) + ")", Optional.of(value), w.styles.amount);
        }
    }

    /** 绩效指标 rows and 总分; returns the 总分 row. */
    private int writeIndicators(int header) {
        XlsxStyles st = w.styles;
        List<Indicator> rows = project.indicators();
        int count = Math.max(rows.size(), 1);
        int first = header + 1;
        int last = header + count;
        w.textBlock(header, last, 0, 0, "绩效指标", st.label);
        String[] head = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"};
        for (int i = 0; i < head.length; i++) {
            w.text(header, 1 + i, head[i], st.label);
        }
        w.textBlock(header, header, 8, 9, "偏差原因分析及改进措施", st.label);
        w.sheet.getRow(header).setHeightInPoints(30);
        List<Optional<BigDecimal>> scores = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int r = first + i;
            Indicator row = i < rows.size() ? rows.get(i) : null;
            w.text(r, 1, row == null ? "" : row.level1(), st.textCenter);
            w.text(r, 2, row == null ? "" : row.level2(), st.textCenter);
            w.text(r, 3, row == null ? "" : row.name(), st.text);
            if (row == null) {
                w.text(r, 4, "", st.textCenter);
                w.text(r, 5, "", st.textCenter);
                w.number(r, 6, null, st.score);
                w.number(r, 7, null, st.score);
            } else {
                scores.add(writeValues(r, row));
            }
            w.textBlock(r, r, 8, 9, row == null ? "" : row.deviationReason(), st.text);
            w.fitHeight(r, row == null ? "" : row.name(), WIDTHS[3] - 1, 20);
        }
        MergeRuns.apply(w, first, rows, 1, 2);
        if (form.level1WithPoints()) {
            for (int i = 0; i < rows.size(); i++) {
                if (i == 0 || !rows.get(i).level1().equals(rows.get(i - 1).level1())) {
                    int n = 1;
                    while (i + n < rows.size() && rows.get(i + n).level1().equals(rows.get(i).level1())) {
                        n++;
                    }
                    w.sheet.getRow(first + i).getCell(1).setCellValue(NationalTargets.level1WithPoints(rows, i, n));
                }
            }
        }
        int sum = last + 1;
        w.textBlock(sum, sum, 0, 5, "总分", st.label);
        String weights = rows.isEmpty() ? "" : "+SUM(" + SheetWriter.ref(first, 6) + ":" + SheetWriter.ref(last, 6) + ")";
        w.formula(sum, 6, SheetWriter.ref(5, WEIGHT) + weights, Optional.of(project.totalWeight()), st.score);
        String exec = SheetWriter.ref(5, SCORE);
        String range = SheetWriter.ref(first, 7) + ":" + SheetWriter.ref(last, 7);
        Optional<BigDecimal> computed = totals.totalScore(scores);
        w.formula(sum, 7, rows.isEmpty() ? "IF(COUNT(" + exec + ")=1," + exec + ",\"\")"
                : "IF(COUNT(" + exec + "," + range + ")=" + (1 + rows.size()) + "," + exec + "+SUM(" + range + "),\"\")",
                computed, st.score);
        w.statedOver(sum, 7, project.stated().totalScore(), st.score, false);
        totalScore = Stated.printed(project.stated().totalScore(), computed);
        w.textBlock(sum, sum, 8, 9, "", st.text);
        sumRow = sum;
        return sum;
    }

    /**
     * 年度指标值, 实际完成值, 分值 and 得分 of one row: the score a formula where both values are numbers;
     * returns the 得分 cell.
     */
    private Optional<BigDecimal> writeValues(int r, Indicator row) {
        XlsxStyles st = w.styles;
        BigDecimal targetValue = null;
        BigDecimal actualValue = null;
        if (row.nature().isQuantitative()) {
            String target = row.target().strip();
            String sign = row.nature().symbol();
            if (!target.isEmpty() && NationalTargets.target(row).startsWith(target)) {
                sign = target.substring(0, 1);
                target = target.substring(1).strip();
            }
            if (w.affixed(r, 4, target, sign, row.unit()).getCellType() != CellType.NUMERIC) {
                w.text(r, 4, NationalTargets.target(row), st.textCenter);
            } else {
                targetValue = SheetWriter.plainNumber(target);
            }
            if (w.affixed(r, 5, row.actual().strip(), "", row.unit()).getCellType() != CellType.NUMERIC) {
                w.text(r, 5, NationalTargets.actual(row), st.textCenter);
            } else {
                actualValue = SheetWriter.plainNumber(row.actual().strip());
            }
        } else {
            w.text(r, 4, NationalTargets.target(row), st.textCenter);
            w.text(r, 5, NationalTargets.actual(row), st.textCenter);
        }
        w.number(r, 6, row.weight(), st.score);
        Optional<IndicatorFormulas.Formula> formula = IndicatorFormulas.forRow(row, targetValue, actualValue,
                SheetWriter.ref(r, 4), SheetWriter.ref(r, 5), SheetWriter.ref(r, 6));
        Optional<BigDecimal> score = formula.map(IndicatorFormulas.Formula::score).or(row::effectiveScore);
        if (formula.isPresent()) {
            w.formula(r, 7, formula.get().text(), score, st.score);
        } else {
            w.number(r, 7, score.orElse(null), st.score);
            if (row.score() == null && row.effectiveScore().isPresent()) {
                meta.markComputed(r);
            }
        }
        if (row.grade() != null) {
            meta.grade(r, row.grade().name());
        }
        return score;
    }
}
