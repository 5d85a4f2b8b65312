package org.selfeval.export.xlsx;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Sheet;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Carryover;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.Grade;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Money;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/**
 * The department's summary sheet: 收入 and 支出 by category with shares, 结转结余, 公用经费
 * (年初 / 调整 / 决算 / 执行率) and the project list whose figures are references to the project sheets.
 */
final class SummarySheet {
    static final String TITLE_SUFFIX = "年度部门整体支出绩效自评汇总表";
    private static final int[] WIDTHS = {8, 18, 18, 14, 14, 14, 13, 12};

    private final SheetWriter w;
    private final Report report;
    private final List<ProjectSheetRef> refs;

    /** Rows the tests and readers look up, set by {@link #write}. */
    int incomeTotalRow;
    int expenditureTotalRow;
    int carryoverTotalRow;
    int publicExpensesRow;
    int firstProjectRow;

    SummarySheet(Sheet sheet, XlsxStyles styles, Report report, List<ProjectSheetRef> refs) {
        this.w = new SheetWriter(sheet, styles);
        this.report = report;
        this.refs = refs;
    }

    /** First row of each section (一、… 五、), for the page breaks. */
    private final List<Integer> sections = new java.util.ArrayList<>();

    void write() {
        XlsxStyles st = w.styles;
        w.columnWidths(WIDTHS);
        w.textBlock(0, 0, 0, 7, report.department().fullName() + report.year() + TITLE_SUFFIX, st.title);
        w.sheet.getRow(0).setHeightInPoints(30);
        w.textBlock(1, 1, 5, 7, "单位：万元", st.formNumber);
        Finances f = report.finances();
        int r = 2;
        sections.clear();
        section(r++, "一、收入情况");
        r = shareBlock(r, "收入来源", IncomeSource.values().length, "收入合计", true);
        section(r++, "二、支出情况");
        r = shareBlock(r, "支出类别", ExpenditureCategory.values().length, "支出合计", false);
        section(r++, "三、结转结余情况");
        r = carryover(r, f.carryover());
        section(r++, "四、公用经费");
        r = publicExpenses(r, report.performance().projectAnalysis().publicExpenses());
        section(r++, "五、项目支出绩效自评情况");
        r = projects(r);
        // the department sheet's total where the report has a complete sheet, else the score entered
        BigDecimal sheetTotal = org.selfeval.scoring.DepartmentScore.of(report).filter(s -> !report.departmentSheet().isEmpty())
                .flatMap(org.selfeval.scoring.DepartmentScore::total).orElse(null);
        if (sheetTotal != null || report.conclusion().score() != null) {
            BigDecimal score = sheetTotal != null ? sheetTotal : report.conclusion().score();
            w.textBlock(r, r, 0, 2, "部门整体支出绩效自评得分", st.label);
            w.number(r, 3, score, st.score);
            w.textBlock(r, r, 4, 5, "评价等级", st.label);
            w.textBlock(r, r, 6, 7, org.selfeval.profile.RegionalProfile.forId(report.profile()).gradeOf(score).longLabel(), st.textCenter);
            r++;
        }
        w.printSetup(r - 1, 7, 0, 1);
        keepSectionsTogether(r);
    }

    /** Printable height of a landscape A4 page between the 0.6 in margins, in points. */
    static final double PRINTABLE_HEIGHT = 595.3 - 2 * 0.6 * 72;
    /** Printable width between the 0.5 in margins, in points. */
    static final double PRINTABLE_WIDTH = 841.9 - 2 * 0.5 * 72;

    /**
     * A manual page break before a section that would otherwise start on one page and end on the
     * next (a section longer than a page still starts a page). Excel and WPS keep manual breaks when
     * fitting the sheet to one page wide.
     */
    private void keepSectionsTogether(int end) {
        double width = 0;
        for (int c = 0; c < WIDTHS.length; c++) {
            width += w.sheet.getColumnWidthInPixels(c) * 0.75;
        }
        double scale = Math.min(1, PRINTABLE_WIDTH / width);
        double page = PRINTABLE_HEIGHT / scale - height(0, 2);
        double used = 0;
        for (int i = 0; i < sections.size(); i++) {
            int from = sections.get(i);
            double h = height(from, i + 1 < sections.size() ? sections.get(i + 1) : end);
            if (used > 0 && used + h > page) {
                w.sheet.setRowBreak(from - 1);
                used = 0;
            }
            used = (used + h) % page;
        }
    }

    private double height(int from, int to) {
        double h = 0;
        for (int r = from; r < to; r++) {
            var row = w.sheet.getRow(r);
            h += row == null ? w.sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        }
        return h;
    }

    private void section(int r, String title) {
        sections.add(r);
        w.textBlock(r, r, 0, 7, title, w.styles.labelLeft);
        w.sheet.getRow(r).setHeightInPoints(22);
    }

    /** Rows by source or category, a 合计 row with SUM, and shares of the total. */
    private int shareBlock(int header, String head, int count, String totalLabel, boolean income) {
        XlsxStyles st = w.styles;
        w.textBlock(header, header, 0, 2, head, st.label);
        w.text(header, 3, "金额", st.label);
        w.text(header, 4, "占比", st.label);
        int first = header + 1;
        int total = first + count;
        String totalRef = SheetWriter.absRef(total, 3);
        Finances f = report.finances();
        BigDecimal[] amounts = new BigDecimal[count];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            amounts[i] = income ? f.income().get(IncomeSource.values()[i]) : f.expenditure().get(ExpenditureCategory.values()[i]);
            sum = sum.add(Money.orZero(amounts[i]));
        }
        BigDecimal shares = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            int r = first + i;
            String label = income ? IncomeSource.values()[i].label() : ExpenditureCategory.values()[i].label();
            w.textBlock(r, r, 0, 2, label, st.text);
            w.number(r, 3, amounts[i], st.amount);
            Optional<BigDecimal> share = SheetWriter.share(amounts[i], sum);
            shares = shares.add(share.orElse(BigDecimal.ZERO));
            w.formula(r, 4, "IF(" + totalRef + "=0,\"\",SUM(" + SheetWriter.ref(r, 3) + ")/" + totalRef + ")", share, st.percent);
        }
        w.textBlock(total, total, 0, 2, totalLabel, st.label);
        w.formula(total, 3, "SUM(" + SheetWriter.ref(first, 3) + ":" + SheetWriter.ref(total - 1, 3) + ")", Optional.of(sum),
                st.amount);
        w.formula(total, 4, "IF(" + totalRef + "=0,\"\",SUM(" + SheetWriter.ref(first, 4) + ":"
                + SheetWriter.ref(total - 1, 4) + "))", sum.signum() == 0 ? Optional.empty() : Optional.of(shares), st.percent);
        if (income) {
            incomeTotalRow = total;
        } else {
            expenditureTotalRow = total;
        }
        return total + 1;
    }

    private int carryover(int r, Carryover c) {
        XlsxStyles st = w.styles;
        String[] labels = {"基本支出结转", "项目支出结转", "结余"};
        BigDecimal[] values = {c.basic(), c.project(), c.surplus()};
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < labels.length; i++) {
            w.textBlock(r + i, r + i, 0, 2, labels[i], st.text);
            w.number(r + i, 3, values[i], st.amount);
            sum = sum.add(Money.orZero(values[i]));
        }
        int total = r + 3;
        w.textBlock(total, total, 0, 2, "年末结转结余合计", st.label);
        w.formula(total, 3, "SUM(" + SheetWriter.ref(r, 3) + ":" + SheetWriter.ref(r + 2, 3) + ")", Optional.of(sum), st.amount);
        w.textBlock(total + 1, total + 1, 0, 2, "上年末结转结余", st.text);
        w.number(total + 1, 3, c.priorYearTotal(), st.amount);
        String prior = SheetWriter.ref(total + 1, 3);
        String now = SheetWriter.ref(total, 3);
        w.textBlock(total + 2, total + 2, 0, 2, "较上年增减率", st.text);
        w.formula(total + 2, 3, "IF(COUNT(" + prior + ")=0,\"\",IF(" + prior + "=0,\"\",(" + now + "-" + prior + ")/"
                + prior + "))", c.priorYearTotal() == null ? Optional.empty()
                : SheetWriter.share(sum.subtract(c.priorYearTotal()), c.priorYearTotal()), st.percent);
        carryoverTotalRow = total;
        return total + 3;
    }

    private int publicExpenses(int r, BudgetFigures pe) {
        XlsxStyles st = w.styles;
        w.textBlock(r, r, 0, 2, "项目", st.label);
        String[] head = {"年初预算数", "调整预算数", "决算数", "执行率"};
        for (int i = 0; i < head.length; i++) {
            w.text(r, 3 + i, head[i], st.label);
        }
        int row = r + 1;
        w.textBlock(row, row, 0, 2, "公用经费", st.text);
        w.number(row, 3, pe.initial(), st.amount);
        w.number(row, 4, pe.adjusted(), st.amount);
        w.number(row, 5, pe.executed(), st.amount);
        w.formula(row, 6, SheetWriter.rateFormula(row, 3, 4, 5), SheetWriter.rate(pe), st.percent);
        publicExpensesRow = row;
        return row + 1;
    }

    private int projects(int r) {
        XlsxStyles st = w.styles;
        String[] head = {"序号", "项目名称", "", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "自评得分"};
        for (int i = 0; i < head.length; i++) {
            w.text(r, i, head[i], st.label);
        }
        w.merge(r, r, 1, 2, st.label);
        int first = r + 1;
        List<Project> projects = report.projects();
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (int i = 0; i < refs.size(); i++) {
            int row = first + i;
            ProjectSheetRef ref = refs.get(i);
            w.text(row, 0, String.valueOf(i + 1), st.textCenter);
            w.textBlock(row, row, 1, 2, projects.get(i).name(), st.link);
            Hyperlink link = w.sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress(ref.cell(0, 0));
            w.cell(row, 1).setHyperlink(link);
            w.fitHeight(row, projects.get(i).name(), 34, 20);
            BudgetFigures funds = ref.totals().funds();
            BigDecimal[] figures = {funds.initial(), funds.adjusted(), funds.executed()};
            for (int k = 0; k < 3; k++) {
                w.formula(row, 3 + k, linked(ref.cell(ref.totalRow(), ref.initialCol() + k)), Optional.ofNullable(figures[k]),
                        st.amount);
                sums[k] = sums[k].add(Money.orZero(figures[k]));
            }
            w.formula(row, 6, linked(ref.cell(ref.totalRow(), ref.rateCol())), SheetWriter.fraction(ref.totals().rate()),
                    st.percent);
            w.formula(row, 7, linked(ref.cell(ref.sumRow(), ref.scoreCol())), ref.totalScore(), st.score);
        }
        int total = first + refs.size();
        w.textBlock(total, total, 0, 2, "合计", st.label);
        for (int k = 3; k <= 5; k++) {
            w.formula(total, k, refs.isEmpty() ? "0" : "SUM(" + SheetWriter.ref(first, k) + ":" + SheetWriter.ref(total - 1, k) + ")",
                    Optional.of(sums[k - 3]), st.amount);
        }
        // the sums are numbers (0 where no project has a figure), so a zero budget, not a missing one, blanks the rate
        w.formula(total, 6, SheetWriter.rateFormula(total, 3, 4, 5), SheetWriter.share(sums[2], sums[1]), st.percent);
        w.text(total, 7, "", st.text);
        firstProjectRow = first;
        return total + 1;
    }

    private static String linked(String ref) {
        return "IF(" + ref + "=\"\",\"\"," + ref + ")";
    }
}
