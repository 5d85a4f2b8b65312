package org.selfeval.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.Percent;
import org.selfeval.model.Project;

/**
 * One project's 项目支出绩效自评表 as a grid of cells with spans, in the Sichuan 510000_0013zp layout
 * (domain.md §1.2), independent of the file format: the PDF and DOCX writers only draw it. Eleven
 * columns: the block label, then 一级 … 未完成原因分析.
 */
public final class ProjectFormGrid {
    public static final int COLUMNS = 11;
    public static final String FORM_NUMBER = "报表编号：510000_0013zp";
    private static final List<FundSource> SICHUAN_SOURCES =
            List.of(FundSource.FISCAL, FundSource.SPECIAL_ACCOUNT, FundSource.UNIT, FundSource.OTHER);

    /** How a cell is drawn: a label or column heading (bold face, centred), prose, or a figure (right). */
    public enum Style { LABEL, HEADER, TEXT, NUMBER, CENTER }

    public record Cell(int row, int column, int rowSpan, int columnSpan, String text, Style style) {
    }

    private final List<Cell> cells = new ArrayList<>();
    private int row;
    private int indicatorHeadingRow = -1;

    private ProjectFormGrid() {
    }

    /** Relative column widths for a landscape page. */
    public static float[] columnWeights() {
        return new float[] {7, 8, 8, 15, 5, 7, 6, 7, 6, 6, 14};
    }

    public static String title(int year) {
        return "部门预算项目支出绩效自评表（" + year + "年度）";
    }

    public static ProjectFormGrid of(Project p) {
        ProjectFormGrid g = new ProjectFormGrid();
        g.header(p);
        g.funds(p);
        g.indicators(p);
        g.text("评价结论", p.evaluationConclusion());
        g.text("存在问题", p.problems());
        g.text("改进措施", p.improvements());
        return g;
    }

    public List<Cell> cells() {
        return List.copyOf(cells);
    }

    public int rows() {
        return row;
    }

    /**
     * The row of the 绩效指标 block's column headings (一级指标 … 未完成原因分析): a writer that breaks the
     * form over pages repeats it; the block's label cell starts on this row.
     */
    public int indicatorHeadingRow() {
        return indicatorHeadingRow;
    }

    public static String signatureLine(Project p) {
        return "项目负责人：" + p.projectLead() + "\u3000\u3000\u3000\u3000\u3000\u3000财务负责人：" + p.financeLead();
    }

    private void add(int r, int c, int rs, int cs, String text, Style style) {
        cells.add(new Cell(r, c, rs, cs, text == null ? "" : text, style));
    }

    private void header(Project p) {
        String name = p.code() == null || p.code().isBlank() ? p.name() : p.code() + "-" + p.name();
        add(row, 0, 1, 1, "项目名称", Style.LABEL);
        add(row, 1, 1, 10, name, Style.TEXT);
        row++;
        add(row, 0, 1, 1, "主管部门", Style.LABEL);
        add(row, 1, 1, 4, p.competentDepartment(), Style.TEXT);
        add(row, 5, 1, 2, "实施单位（盖章）", Style.LABEL);
        add(row, 7, 1, 4, p.implementingUnit(), Style.TEXT);
        row++;
        add(row, 0, 3, 1, "项目基本情况", Style.LABEL);
        add(row, 1, 1, 5, "项目年度目标", Style.HEADER);
        add(row, 6, 1, 5, "年度目标完成情况", Style.HEADER);
        row++;
        add(row, 1, 1, 5, p.annualGoal(), Style.TEXT);
        add(row, 6, 1, 5, p.goalCompletion(), Style.TEXT);
        row++;
        add(row, 1, 1, 2, "项目实施内容及过程概述", Style.LABEL);
        add(row, 3, 1, 8, p.implementationSummary(), Style.TEXT);
        row++;
    }

    private void funds(Project p) {
        List<FundSource> sources = new ArrayList<>(SICHUAN_SOURCES);
        if (!p.funds(FundSource.PRIOR_YEAR_CARRYOVER).isEmpty()) {
            sources.add(FundSource.PRIOR_YEAR_CARRYOVER);
        }
        add(row, 0, 2 + sources.size(), 1, "预算执行情况（" + weight(p.executionWeight()) + "分）", Style.LABEL);
        add(row, 1, 1, 2, "年度预算数（万元）", Style.HEADER);
        String[] heads = {"年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"};
        for (int i = 0; i < heads.length; i++) {
            add(row, 3 + i, 1, 1, heads[i], Style.HEADER);
        }
        add(row, 9, 1, 2, "原因", Style.HEADER);
        row++;
        BudgetFigures total = p.totalFunds();
        add(row, 1, 1, 2, "总额", Style.LABEL);
        amounts(total);
        add(row, 7, 1, 1, weight(p.executionWeight()), Style.CENTER);
        add(row, 8, 1, 1, score(p.executionScore()), Style.NUMBER);
        String reason = String.join(" ", List.of(p.executionNote(), p.adjustmentReason())).strip();
        add(row, 9, 1, 2, reason, Style.TEXT);
        row++;
        for (int i = 0; i < sources.size(); i++) {
            FundSource s = sources.get(i);
            add(row, 1, 1, 2, (i == 0 ? "其中：" : "") + s.sichuanLabel(), Style.LABEL);
            amounts(p.funds(s));
            add(row, 7, 1, 1, "/", Style.CENTER);
            add(row, 8, 1, 1, "/", Style.CENTER);
            add(row, 9, 1, 2, "", Style.TEXT);
            row++;
        }
    }

    private void amounts(BudgetFigures f) {
        add(row, 3, 1, 1, money(f.initial()), Style.NUMBER);
        add(row, 4, 1, 1, money(f.adjusted()), Style.NUMBER);
        add(row, 5, 1, 1, money(f.executed()), Style.NUMBER);
        add(row, 6, 1, 1, f.executionRate().map(r -> Percent.format(r) + "%").orElse(""), Style.NUMBER);
    }

    private void indicators(Project p) {
        List<Indicator> rows = p.indicators();
        BigDecimal indicatorWeight = rows.stream().map(Indicator::weight).filter(w -> w != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (rows.isEmpty()) {
            indicatorWeight = new BigDecimal("100").subtract(p.executionWeight());
        }
        indicatorHeadingRow = row;
        add(row, 0, 1 + rows.size(), 1, "绩效指标（" + weight(indicatorWeight) + "分）", Style.LABEL);
        String[] heads = {"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
            "未完成原因分析"};
        for (int i = 0; i < heads.length; i++) {
            add(row, 1 + i, 1, 1, heads[i], Style.HEADER);
        }
        row++;
        int first = row;
        for (int i = 0; i < rows.size(); i++) {
            Indicator ind = rows.get(i);
            if (i == 0 || !ind.level1().equals(rows.get(i - 1).level1())) {
                add(row, 1, run(rows, i, true), 1, ind.level1(), Style.CENTER);
            }
            if (i == 0 || !ind.level1().equals(rows.get(i - 1).level1()) || !ind.level2().equals(rows.get(i - 1).level2())) {
                add(row, 2, run(rows, i, false), 1, ind.level2(), Style.CENTER);
            }
            add(row, 3, 1, 1, ind.name(), Style.TEXT);
            add(row, 4, 1, 1, ind.nature().symbol(), Style.CENTER);
            add(row, 5, 1, 1, ind.target(), Style.CENTER);
            add(row, 6, 1, 1, ind.unit(), Style.CENTER);
            add(row, 7, 1, 1, ind.actual(), Style.CENTER);
            add(row, 8, 1, 1, ind.weight() == null ? "" : weight(ind.weight()), Style.CENTER);
            add(row, 9, 1, 1, score(ind.effectiveScore()), Style.NUMBER);
            add(row, 10, 1, 1, ind.deviationReason(), Style.TEXT);
            row++;
        }
        row = first + rows.size();
        add(row, 0, 1, 8, "合计", Style.LABEL);
        add(row, 8, 1, 1, weight(p.totalWeight()), Style.CENTER);
        add(row, 9, 1, 1, score(p.totalScore()), Style.NUMBER);
        add(row, 10, 1, 1, "", Style.TEXT);
        row++;
    }

    /** Number of consecutive rows from i with the same 一级 (and, unless level1Only, the same 二级). */
    private static int run(List<Indicator> rows, int i, boolean level1Only) {
        int n = 1;
        Indicator a = rows.get(i);
        while (i + n < rows.size()) {
            Indicator b = rows.get(i + n);
            if (!b.level1().equals(a.level1()) || (!level1Only && !b.level2().equals(a.level2()))) {
                break;
            }
            n++;
        }
        return n;
    }

    private void text(String label, String text) {
        add(row, 0, 1, 1, label, Style.LABEL);
        add(row, 1, 1, 10, text, Style.TEXT);
        row++;
    }

    static String money(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    static String score(Optional<BigDecimal> v) {
        return v.map(BigDecimal::toPlainString).orElse("");
    }

    /** Weights as printed on the form: 10, 90, 7.5. */
    static String weight(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
