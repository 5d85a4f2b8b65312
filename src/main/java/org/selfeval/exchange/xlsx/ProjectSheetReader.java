package org.selfeval.exchange.xlsx;

import static org.selfeval.exchange.xlsx.SichuanForm.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.exchange.xlsx.SheetLabels.At;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectStated;
import org.selfeval.model.QualitativeGrade;

/**
 * Reads one Sichuan 510000_0013zp sheet into a {@link Project}: ours (as {@link SichuanForm}
 * describes it) or the provincial system's export, whose labels are found by text (blank rows and
 * columns, other merges). What the table states for itself (总额, 执行率, 得分, 合计) is kept as stated.
 */
final class ProjectSheetReader {
    private final ProjectMeta meta;
    private final CellReader cells;
    private final SheetLabels labels;
    /** Whether the sheet is ours, written before the data part existed: hidden columns L:M carry it. */
    private boolean legacyColumns;
    private int initialCol;
    private int adjustedCol;
    private int executedCol;
    private int rateCol;
    private int weightCol;
    private int scoreCol;
    private int reasonCol;
    private final int[] ind = new int[10];

    /**
     * @param meta the sheet's data from the workbook's data part; null for a workbook written before
     *             it existed (whose hidden columns L:M carry the same) or by another system
     */
    ProjectSheetReader(String file, Sheet sheet, ProjectMeta meta) {
        this(file, sheet, meta, 0, sheet.getLastRowNum() + 1);
    }

    /** The table in rows [top, end) of the sheet. */
    ProjectSheetReader(String file, Sheet sheet, ProjectMeta meta, int top, int end) {
        this.cells = new CellReader(file, sheet);
        this.labels = new SheetLabels(sheet, cells, top, end);
        this.meta = meta;
    }

    Project read() throws ReportFormatException {
        At nameAt = labels.find(PROJECT_NAME, 0).orElseThrow(() -> cells.sheetError("找不到「" + PROJECT_NAME + "」"));
        At competentAt = labels.find(COMPETENT, nameAt.row()).orElseThrow(() -> cells.sheetError("找不到「" + COMPETENT + "」"));
        int labelCol = nameAt.col();
        int execHeader = labels.headerRow(competentAt.row(), l -> l.startsWith("年初预算"), l -> l.startsWith("预算执行数"))
                .orElseThrow(() -> cells.sheetError("找不到「" + EXECUTION_PREFIX + "」部分（年初预算、调整后预算数、预算执行数）"));
        executionColumns(execHeader);
        legacyColumns = meta == null && labelCol == 0 && initialCol == COL_INITIAL && reasonCol == COL_REASON
                && cells.label(0, 8).equals(FORM_NUMBER);
        int fundLabel = labels.column(execHeader, l -> l.startsWith("年度预算数"));
        fundLabel = fundLabel >= 0 && fundLabel < initialCol ? fundLabel : initialCol - 1;
        int indicatorHeader = labels.headerRow(execHeader, "一级指标"::equals, "三级指标"::equals)
                .orElseThrow(() -> cells.sheetError("找不到「" + INDICATORS_PREFIX + "」部分（一级指标、二级指标、三级指标）"));
        indicatorColumns(indicatorHeader);
        int sum = labels.find(SUM, indicatorHeader + 1).map(At::row)
                .orElseThrow(() -> cells.sheetError("找不到「" + SUM + "」行"));
        int total = labels.skipBlank(execHeader + 1, indicatorHeader);
        if (!labels.label(total, fundLabel).equals(TOTAL)) {
            throw cells.error(total, fundLabel, TOTAL, "应为「" + TOTAL + "」行");
        }

        String id = meta(META_ID_ROW, "项目标识");
        String code = meta(META_CODE_ROW, "项目编码");
        String[] codeAndName = SheetLabels.codeAndName(valueRightOf(nameAt, PROJECT_NAME), code);
        code = codeAndName[0];
        String name = codeAndName[1];
        String implementing = labels.inRow(l -> l.startsWith("实施单位"), competentAt.row(), competentAt.col() + 1)
                .map(at -> valueRightOfQuietly(at)).orElse("");
        Map<FundSource, BudgetFigures> funds = funds(total + 1, indicatorHeader, fundLabel);
        ProjectStated stated = stated(total, funds, sum);
        BigDecimal weight = cells.points(total, weightCol, "预算执行 权重");
        List<Indicator> indicators = new ArrayList<>();
        for (int r = indicatorHeader + 1; r < sum; r++) {
            indicator(r, indicators).ifPresent(indicators::add);
        }
        String conclusion = textRow(CONCLUSION, sum);
        String problems = textRow(PROBLEMS, sum);
        String improvements = textRow(IMPROVEMENTS, sum);
        String[] leads = leads(sum);
        // the 备注 is kept in the workbook's data part; a workbook of an older version printed it in a cell
        String dataNote = meta != null && meta.text(ProjectMeta.DATA_NOTE) != null ? meta.text(ProjectMeta.DATA_NOTE)
                : labels.find(l -> l.startsWith(DATA_NOTE), sum).map(at -> stripPrefix(textQuietly(at.row(), at.col()), DATA_NOTE))
                .orElse(null);
        String adjustment = orEmpty(meta(META_ADJUSTMENT_ROW, "调整原因"));
        String reason = reasonCol < 0 ? "" : cells.text(total, reasonCol, "原因");
        if (isPrintedInstruction(reason)) {
            reason = "";
        }
        String line = ADJUSTMENT_PREFIX + adjustment;
        if (!adjustment.isEmpty() && reason.endsWith(line)) {
            reason = reason.substring(0, reason.length() - line.length());
            reason = reason.endsWith("\n") ? reason.substring(0, reason.length() - 1) : reason;
        }
        int summaryLimit = execHeader;
        Optional<At> summaryAt = labels.find(SUMMARY_HEADER, competentAt.row());
        int goalLimit = summaryAt.map(At::row).orElse(execHeader);
        return new Project(id, code, name, valueRightOf(competentAt, COMPETENT), implementing, funds, weight,
                reason, adjustment,
                textBelow(GOAL, competentAt.row(), goalLimit), textBelow(GOAL_DONE, competentAt.row(), goalLimit),
                summary(competentAt.row(), summaryLimit), indicators, conclusion, problems, improvements,
                leads[0], leads[1], orEmpty(meta(META_REPORT_TEXT_ROW, "报告正文")), dataNote, stated);
    }

    /**
     * Whether a 原因 cell holds only the form's own printed instructions (1.预算执行率=… 3.其他资金包括：
     * 社会投入资金、银行贷款), which the provincial export leaves there when nothing was entered.
     */
    static boolean isPrintedInstruction(String text) {
        String t = SheetLabels.squeeze(text);
        return t.startsWith("1.预算执行率=预算执行数/调整后预算数") && t.contains("3.其他资金包括")
                && t.matches(".*银行贷款[.。]?$");
    }

    private void executionColumns(int header) throws ReportFormatException {
        initialCol = labels.column(header, l -> l.startsWith("年初预算"));
        adjustedCol = required(header, l -> l.startsWith("调整后预算"), "调整后预算数");
        executedCol = labels.column(header, l -> l.startsWith("预算执行数"));
        rateCol = required(header, l -> l.contains("执行率"), "预算执行率");
        weightCol = required(header, l -> l.equals("权重") || l.equals("分值"), "权重");
        scoreCol = required(header, "得分"::equals, "得分");
        reasonCol = labels.column(header, l -> l.equals("原因") || l.contains("原因说明") || l.contains("偏差原因"));
    }

    private void indicatorColumns(int header) throws ReportFormatException {
        for (int i = 0; i < INDICATOR_HEADER.size(); i++) {
            String h = INDICATOR_HEADER.get(i);
            ind[i] = i == 9 ? labels.column(header, l -> l.contains("原因")) : required(header, h::equals, h);
        }
    }

    private int required(int header, java.util.function.Predicate<String> match, String what) throws ReportFormatException {
        return labels.requiredColumn(header, match, what);
    }

    private Map<FundSource, BudgetFigures> funds(int from, int to, int labelCol) throws ReportFormatException {
        Map<FundSource, BudgetFigures> funds = new EnumMap<>(FundSource.class);
        for (int row = from; row < to; row++) {
            final int r = row;
            if (labels.isBlankRow(r)) {
                continue;
            }
            String label = withoutAmong(labels.label(r, labelCol));
            FundSource source = FUND_ROWS.entrySet().stream().filter(e -> withoutAmong(e.getValue()).equals(label))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> cells.error(r, labelCol, "资金来源", "应为财政资金、财政专户管理资金、单位资金、其他资金或上年结转资金，却是「" + label + "」"));
            String shown = FUND_ROWS.get(source);
            BudgetFigures f = new BudgetFigures(cells.amount(r, initialCol, shown + "·年初预算"),
                    cells.amount(r, adjustedCol, shown + "·调整后预算数"),
                    cells.amount(r, executedCol, shown + "·预算执行数"));
            if (!StatedCells.nothing(f, meta == null && !legacyColumns)) {
                funds.put(source, f);
            }
        }
        return funds;
    }

    /** "其中：财政资金" and "财政资金" are the same row. */
    static String withoutAmong(String label) {
        String l = label.replaceFirst("^其中[：:]?", "");
        return l.endsWith("：") || l.endsWith(":") ? l.substring(0, l.length() - 1) : l;
    }

    /**
     * What the table states for itself where our export writes a formula: a figure typed over the
     * 总额, 执行率, 得分 or 合计 formula (or a cell emptied), and every such figure of a table exported by
     * the provincial system, is kept as stated, so that the audit compares it with what the rows imply
     * (R8b, R6b, R7b, R11b) instead of the import losing or refusing it.
     */
    private ProjectStated stated(int total, Map<FundSource, BudgetFigures> funds, int sum) throws ReportFormatException {
        BudgetFigures rows = BudgetFigures.total(funds.values());
        return StatedCells.read(cells, total, new int[] {initialCol, adjustedCol, executedCol, rateCol, scoreCol},
                rows, sum, ind[8], TOTAL, EXECUTION_HEADER.subList(1, 4), SUM);
    }

    private Optional<Indicator> indicator(int r, List<Indicator> before) throws ReportFormatException {
        boolean blank = true;
        for (int c : ind) {
            blank &= c < 0 || cells.isEmpty(r, c);
        }
        if (blank) {
            return Optional.empty();
        }
        String natureText = cells.text(r, ind[3], "指标性质");
        String target = cells.text(r, ind[4], "指标值");
        // left blank (some exports do): told by the value, as on the national form ("≥95", "95", "达成")
        IndicatorNature nature = natureText.isBlank() ? NationalValues.parse(target, "").nature()
                : IndicatorNature.parse(natureText).orElseThrow(() ->
                        cells.error(r, ind[3], "指标性质", "应为 =、≥、≤、>、< 或 定性，却是「" + natureText + "」"));
        int scoreAt = ind[8];
        BigDecimal score = null;
        boolean scoreLeftBlank = !cells.isFormula(r, scoreAt) && cells.isEmpty(r, scoreAt);
        if (!cells.isFormula(r, scoreAt)) {
            score = cells.points(r, scoreAt, "得分");
            if (meta != null ? meta.isComputed(r) : legacyColumns && COMPUTED.equals(cells.label(r, META_SCORE))) {
                score = null;
            }
        }
        String gradeText = meta != null ? meta.grade(r) : legacyColumns ? cells.label(r, META) : "";
        QualitativeGrade grade = null;
        if (!gradeText.isEmpty()) {
            try {
                grade = QualitativeGrade.valueOf(gradeText);
            } catch (IllegalArgumentException e) {
                throw cells.error(r, META, "定性等级", "无法识别的等级「" + gradeText + "」");
            }
        }
        Indicator previous = before.isEmpty() ? null : before.get(before.size() - 1);
        return Optional.of(new Indicator(level(r, ind[0], "一级指标", previous == null ? "" : previous.level1()),
                level(r, ind[1], "二级指标", previous == null ? "" : previous.level2()), cells.text(r, ind[2], "三级指标"), nature,
                target, cells.text(r, ind[5], "度量单位"),
                cells.text(r, ind[6], "完成值"), cells.points(r, ind[7], "权重"), score, grade,
                ind[9] < 0 ? "" : cells.text(r, ind[9], "未完成原因分析"), scoreLeftBlank));
    }

    private String level(int r, int c, String what, String previous) throws ReportFormatException {
        return labels.level(r, c, what, previous);
    }

    private String textRow(String label, int after) throws ReportFormatException {
        Optional<At> at = labels.find(label, after);
        return at.isEmpty() ? "" : valueRightOf(at.get(), label);
    }

    /** 项目负责人 and 财务负责人: after the label in its cell, or in the next cell. */
    private String[] leads(int after) throws ReportFormatException {
        String[] out = {"", ""};
        Optional<At> project = labels.find(l -> l.startsWith("项目负责人"), after);
        if (project.isPresent()) {
            out[0] = lead(project.get(), PROJECT_LEAD);
            Optional<At> finance = labels.inRow(l -> l.startsWith("财务负责人"), project.get().row(), project.get().col() + 1);
            if (finance.isPresent()) {
                out[1] = lead(finance.get(), FINANCE_LEAD);
            }
        }
        return out;
    }

    private String lead(At at, String label) throws ReportFormatException {
        String text = cells.text(at.row(), at.col(), label);
        String bare = label.substring(0, label.length() - 1);
        String rest = stripPrefix(stripPrefix(text, label), bare + ":");
        if (rest.equals(bare)) {
            rest = "";
        }
        if (rest.isEmpty() && !text.startsWith(label)) {
            int c = labels.rightOf(at.row(), at.col());
            String next = labels.label(at.row(), c);
            return next.startsWith("财务负责人") ? "" : cells.text(at.row(), c, label);
        }
        return rest;
    }

    private String valueRightOf(At at, String what) throws ReportFormatException {
        return labels.valueRightOf(at, what);
    }

    private String valueRightOfQuietly(At at) {
        try {
            return valueRightOf(at, IMPLEMENTING);
        } catch (ReportFormatException e) {
            return "";
        }
    }

    private String textQuietly(int r, int c) {
        try {
            return cells.text(r, c, DATA_NOTE);
        } catch (ReportFormatException e) {
            return "";
        }
    }

    /** The text under a header (项目年度目标, 年度目标完成情况, 项目实施内容及过程概述), blank rows skipped. */
    /**
     * 项目实施内容及过程概述: in the row under its header (ours), or beside it in the same row (the
     * provincial export puts it there).
     */
    private String summary(int from, int limit) throws ReportFormatException {
        Optional<At> at = labels.find(SUMMARY_HEADER, from).filter(a -> a.row() < limit);
        if (at.isPresent()) {
            int beside = labels.rightOf(at.get().row(), at.get().col());
            if (beside <= java.util.Arrays.stream(ind).max().orElse(0) && !cells.isEmpty(at.get().row(), beside)) {
                return cells.mergedText(at.get().row(), beside, SUMMARY_HEADER);
            }
        }
        return textBelow(SUMMARY_HEADER, from, limit);
    }

    private String textBelow(String header, int from, int limit) throws ReportFormatException {
        Optional<At> at = labels.find(header, from).filter(a -> a.row() < limit);
        return at.isEmpty() ? "" : labels.textBelow(at.get(), limit, header);
    }

    private String meta(int row, String what) throws ReportFormatException {
        String v;
        if (meta == null) {
            v = legacyColumns ? cells.text(row, META, what) : null;
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

    static String stripPrefix(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }
}
