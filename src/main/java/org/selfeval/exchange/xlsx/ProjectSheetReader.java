package org.selfeval.exchange.xlsx;

import static org.selfeval.exchange.xlsx.SichuanForm.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectStated;
import org.selfeval.model.Stated;
import org.selfeval.model.QualitativeGrade;

/** Reads one Sichuan 510000_0013zp sheet (as {@link SichuanForm} describes it) into a {@link Project}. */
final class ProjectSheetReader {
    /** A 项目名称 as the provincial system writes it: a long project code, a dash, the name. */
    private static final Pattern CODED_NAME = Pattern.compile("([0-9A-Z]{15,30})-(.+)", Pattern.DOTALL);

    private final ProjectMeta meta;
    private final CellReader cells;
    private final Sheet sheet;

    ProjectSheetReader(String file, Sheet sheet) {
        this(file, sheet, null);
    }

    /**
     * @param meta the sheet's data from the workbook's data part; null for a workbook written before
     *             it existed, whose hidden columns L:M carry the same
     */
    ProjectSheetReader(String file, Sheet sheet, ProjectMeta meta) {
        this.sheet = sheet;
        this.cells = new CellReader(file, sheet);
        this.meta = meta;
    }

    /** Whether the sheet carries the form's number and title. */
    static boolean isForm(CellReader cells) {
        return cells.label(0, 8).equals(FORM_NUMBER) && cells.label(1, 0).startsWith(TITLE_PREFIX);
    }

    Project read() throws ReportFormatException {
        if (!isForm(cells)) {
            throw cells.sheetError("不是部门预算项目支出绩效自评表（" + FORM_NUMBER + "）：第1行应有报表编号、第2行应为表名");
        }
        expect(2, 0, PROJECT_NAME);
        expect(3, 0, COMPETENT);
        String id = meta(META_ID_ROW, "项目标识");
        String code = meta(META_CODE_ROW, "项目编码");
        String display = cells.text(2, 1, PROJECT_NAME);
        String name = display;
        if (code != null && display.startsWith(code + "-")) {
            name = display.substring(code.length() + 1);
        } else if (code == null) {
            Matcher m = CODED_NAME.matcher(display);
            if (m.matches()) {
                code = m.group(1);
                name = m.group(2);
            }
        }
        int basics = find(BASICS, 4);
        int execution = findPrefix(EXECUTION_PREFIX, basics);
        int indicatorHeader = findPrefix(INDICATORS_PREFIX, execution);
        int sum = find(SUM, indicatorHeader);
        int total = execution + 1;
        if (!cells.label(total, 1).equals(TOTAL)) {
            throw cells.error(total, 1, TOTAL, "应为「" + TOTAL + "」行");
        }
        Map<FundSource, BudgetFigures> funds = funds(total + 1, indicatorHeader);
        ProjectStated stated = stated(total, funds, sum);
        BigDecimal weight = cells.points(total, COL_EXEC_WEIGHT, "预算执行 权重");
        List<Indicator> indicators = new ArrayList<>();
        for (int r = indicatorHeader + 1; r < sum; r++) {
            indicator(r).ifPresent(indicators::add);
        }
        String conclusion = textRow(CONCLUSION, sum);
        String problems = textRow(PROBLEMS, sum);
        String improvements = textRow(IMPROVEMENTS, sum);
        String projectLead = "";
        String financeLead = "";
        String dataNote = null;
        for (int r = sum + 1; r <= sheet.getLastRowNum(); r++) {
            String a = cells.label(r, 0);
            if (a.startsWith(PROJECT_LEAD)) {
                projectLead = stripPrefix(cells.text(r, 0, PROJECT_LEAD), PROJECT_LEAD);
                financeLead = stripPrefix(cells.text(r, 5, FINANCE_LEAD), FINANCE_LEAD);
            } else if (a.startsWith(DATA_NOTE)) {
                dataNote = stripPrefix(cells.text(r, 0, DATA_NOTE), DATA_NOTE);
            }
        }
        String adjustment = orEmpty(meta(META_ADJUSTMENT_ROW, "调整原因"));
        String reason = cells.text(total, COL_REASON, "原因");
        String line = ADJUSTMENT_PREFIX + adjustment;
        if (!adjustment.isEmpty() && reason.endsWith(line)) {
            reason = reason.substring(0, reason.length() - line.length());
            reason = reason.endsWith("\n") ? reason.substring(0, reason.length() - 1) : reason;
        }
        return new Project(id, code, name, cells.text(3, 1, COMPETENT), cells.text(3, 7, IMPLEMENTING), funds, weight,
                reason, adjustment,
                cells.text(basics + 2, 1, GOAL), cells.text(basics + 2, 6, GOAL_DONE),
                cells.text(basics + 4, 1, SUMMARY_HEADER), indicators, conclusion, problems, improvements,
                projectLead, financeLead, orEmpty(meta(META_REPORT_TEXT_ROW, "报告正文")), dataNote, stated);
    }

    private Map<FundSource, BudgetFigures> funds(int from, int to) throws ReportFormatException {
        Map<FundSource, BudgetFigures> funds = new EnumMap<>(FundSource.class);
        for (int row = from; row < to; row++) {
            final int r = row;
            String label = cells.label(r, 1);
            FundSource source = FUND_ROWS.entrySet().stream().filter(e -> e.getValue().equals(label))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> cells.error(r, 1, "资金来源", "应为财政资金、财政专户管理资金、单位资金、其他资金或上年结转资金，却是「" + label + "」"));
            BudgetFigures f = new BudgetFigures(cells.amount(r, COL_INITIAL, label + "·年初预算"),
                    cells.amount(r, COL_ADJUSTED, label + "·调整后预算数"),
                    cells.amount(r, COL_EXECUTED, label + "·预算执行数"));
            if (!f.isEmpty()) {
                funds.put(source, f);
            }
        }
        return funds;
    }

    /**
     * What the table states for itself where our export writes a formula: a figure typed over the
     * 总额, 执行率, 得分 or 合计 formula (or a cell emptied) is kept as stated, so that the audit compares
     * it with what the rows imply (R8b, R6b, R7b, R11b) instead of the import losing or refusing it.
     */
    private ProjectStated stated(int total, Map<FundSource, BudgetFigures> funds, int sum) throws ReportFormatException {
        BudgetFigures rows = BudgetFigures.total(funds.values());
        Stated initial = typed(total, COL_INITIAL, rows.initial() != null, 1);
        Stated adjusted = typed(total, COL_ADJUSTED, rows.adjusted() != null, 2);
        Stated executed = typed(total, COL_EXECUTED, rows.executed() != null, 3);
        Stated rate = null;
        if (!cells.isFormula(total, COL_RATE)) {
            BigDecimal r = cells.ratio(total, COL_RATE, TOTAL + "·" + EXECUTION_HEADER.get(4));
            rate = r != null ? Stated.of(r.movePointRight(2).stripTrailingZeros())
                    : rows.executionRate().isPresent() ? Stated.blank() : null;
        }
        return new ProjectStated(initial, adjusted, executed, rate,
                points(total, COL_EXEC_SCORE, TOTAL + "·得分"), points(sum, COL_SCORE, SUM + "·得分"));
    }

    private Stated typed(int row, int col, boolean rowsGiveOne, int header) throws ReportFormatException {
        if (cells.isFormula(row, col)) {
            return null;
        }
        BigDecimal typed = cells.amount(row, col, TOTAL + "·" + EXECUTION_HEADER.get(header));
        return typed != null ? Stated.of(typed) : rowsGiveOne ? Stated.blank() : null;
    }

    private Stated points(int row, int col, String what) throws ReportFormatException {
        if (cells.isFormula(row, col)) {
            return null;
        }
        BigDecimal typed = cells.points(row, col, what);
        return typed != null ? Stated.of(typed) : Stated.blank();
    }

    private Optional<Indicator> indicator(int r) throws ReportFormatException {
        boolean blank = true;
        for (int c = COL_LEVEL1; c <= COL_DEVIATION; c++) {
            blank &= cells.isEmpty(r, c);
        }
        if (blank) {
            return Optional.empty();
        }
        String natureText = cells.text(r, COL_NATURE, "指标性质");
        IndicatorNature nature = IndicatorNature.parse(natureText).orElseThrow(() ->
                cells.error(r, COL_NATURE, "指标性质", "应为 =、≥、≤、>、< 或 定性，却是「" + natureText + "」"));
        BigDecimal score = null;
        boolean scoreLeftBlank = !cells.isFormula(r, COL_SCORE) && cells.isEmpty(r, COL_SCORE);
        if (!cells.isFormula(r, COL_SCORE)) {
            score = cells.points(r, COL_SCORE, "得分");
            if (meta != null ? meta.isComputed(r) : COMPUTED.equals(cells.label(r, META_SCORE))) {
                score = null;
            }
        }
        String gradeText = meta != null ? meta.grade(r) : cells.label(r, META);
        QualitativeGrade grade = null;
        if (!gradeText.isEmpty()) {
            try {
                grade = QualitativeGrade.valueOf(gradeText);
            } catch (IllegalArgumentException e) {
                throw cells.error(r, META, "定性等级", "无法识别的等级「" + gradeText + "」");
            }
        }
        return Optional.of(new Indicator(cells.mergedText(r, COL_LEVEL1, "一级指标"),
                cells.mergedText(r, COL_LEVEL2, "二级指标"), cells.text(r, COL_NAME, "三级指标"), nature,
                cells.text(r, COL_TARGET, "指标值"), cells.text(r, COL_UNIT, "度量单位"),
                cells.text(r, COL_ACTUAL, "完成值"), cells.points(r, COL_WEIGHT, "权重"), score, grade,
                cells.text(r, COL_DEVIATION, "未完成原因分析"), scoreLeftBlank));
    }

    private String textRow(String label, int after) throws ReportFormatException {
        return cells.text(find(label, after), 1, label);
    }

    private void expect(int r, int c, String label) throws ReportFormatException {
        if (!cells.label(r, c).equals(label)) {
            throw cells.error(r, c, label, "应为「" + label + "」，本表不是本工具导出的自评表");
        }
    }

    private int find(String label, int from) throws ReportFormatException {
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            if (cells.label(r, 0).equals(label)) {
                return r;
            }
        }
        throw cells.sheetError("找不到「" + label + "」行，本表不是本工具导出的自评表或已被改动");
    }

    private int findPrefix(String prefix, int from) throws ReportFormatException {
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            if (cells.label(r, 0).startsWith(prefix)) {
                return r;
            }
        }
        throw cells.sheetError("找不到「" + prefix + "」部分，本表不是本工具导出的自评表或已被改动");
    }

    private String meta(int row, String what) throws ReportFormatException {
        String v;
        if (meta == null) {
            v = cells.text(row, META, what);
        } else {
            v = switch (row) {
                case META_ID_ROW -> meta.id();
                case META_CODE_ROW -> meta.code();
                case META_ADJUSTMENT_ROW -> meta.adjustmentReason();
                default -> meta.reportText();
            };
        }
        return v == null || v.isEmpty() ? null : v;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String stripPrefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }
}
