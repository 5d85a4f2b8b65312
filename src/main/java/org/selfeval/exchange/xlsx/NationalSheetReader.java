package org.selfeval.exchange.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Sheet;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.exchange.xlsx.SheetLabels.At;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectStated;

/**
 * Reads one national 项目支出绩效自评表 (财预〔2020〕10号, domain.md §1.1) into a {@link Project}: 项目资金 by
 * 当年（本年）财政拨款 / 上年结转资金 / 其他资金 with 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分,
 * 年度总体目标, 绩效指标 (一级/二级/三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施) and 总分,
 * labels found by text. 全年预算数 is read as the 调整后预算数. The figures the table states for itself are
 * kept as stated. On a sheet this tool exported, its data part gives back what the form has no cell for.
 */
final class NationalSheetReader {
    static final String TOTAL = "年度资金总额";
    static final String SUM = "总分";
    private static final List<String> AMOUNTS = List.of("年初预算数", "全年预算数", "全年执行数");

    private final CellReader cells;
    private final SheetLabels labels;
    private final ProjectMeta meta;
    /** The sheet row of each indicator read, in order. */
    private final List<Integer> indicatorRows = new ArrayList<>();

    NationalSheetReader(String file, Sheet sheet, ProjectMeta meta) {
        this(file, sheet, meta, 0, sheet.getLastRowNum() + 1);
    }

    /** The table in rows [top, end) of the sheet. */
    NationalSheetReader(String file, Sheet sheet, ProjectMeta meta, int top, int end) {
        this.cells = new CellReader(file, sheet);
        this.labels = new SheetLabels(sheet, cells, top, end);
        this.meta = meta;
    }

    Project read() throws ReportFormatException {
        At nameAt = required(labels.find(SichuanForm.PROJECT_NAME, 0), SichuanForm.PROJECT_NAME);
        At competentAt = required(labels.find(SichuanForm.COMPETENT, nameAt.row()), SichuanForm.COMPETENT);
        int header = labels.headerRow(competentAt.row(), "全年预算数"::equals, "全年执行数"::equals)
                .orElseThrow(() -> cells.sheetError("找不到「项目资金」部分（年初预算数、全年预算数、全年执行数）"));
        int initial = column(header, l -> l.startsWith("年初预算"), "年初预算数");
        int adjusted = column(header, "全年预算数"::equals, "全年预算数");
        int executed = column(header, "全年执行数"::equals, "全年执行数");
        int weight = column(header, "分值"::equals, "分值");
        int rate = column(header, l -> l.contains("执行率"), "执行率");
        int score = column(header, "得分"::equals, "得分");
        int indicatorHeader = labels.headerRow(header, "一级指标"::equals, "三级指标"::equals)
                .orElseThrow(() -> cells.sheetError("找不到「绩效指标」部分（一级指标、二级指标、三级指标）"));
        int goal = labels.find("年度总体目标", header).map(At::row).filter(r -> r < indicatorHeader).orElse(indicatorHeader);
        int sum = required(labels.find(SUM, indicatorHeader + 1), SUM).row();

        int total = -1;
        Map<FundSource, BudgetFigures> funds = new EnumMap<>(FundSource.class);
        for (int r = header + 1; r < goal; r++) {
            String label = rowLabel(r, initial);
            if (label.isEmpty()) {
                continue;
            }
            if (label.contains("资金总额") || label.equals("合计")) {
                total = r;
                continue;
            }
            FundSource source = source(r, initial, label);
            BudgetFigures f = new BudgetFigures(cells.amount(r, initial, label + "·年初预算数"),
                    cells.amount(r, adjusted, label + "·全年预算数"), cells.amount(r, executed, label + "·全年执行数"));
            if (!StatedCells.nothing(f, meta == null)) {
                funds.merge(source, f, BudgetFigures::plus);
            }
        }
        if (total < 0) {
            throw cells.sheetError("找不到「" + TOTAL + "」行");
        }
        ProjectStated stated = StatedCells.read(cells, total, new int[] {initial, adjusted, executed, rate, score},
                BudgetFigures.total(funds.values()), sum, columnOr(indicatorHeader, "得分"::equals, score), TOTAL, AMOUNTS, SUM);
        List<Indicator> indicators = indicators(indicatorHeader, sum);
        String[] codeAndName = SheetLabels.codeAndName(labels.valueRightOf(nameAt, SichuanForm.PROJECT_NAME),
                meta == null ? null : meta.code());
        String code = codeAndName[0];
        String name = codeAndName[1];
        String implementing = "";
        Optional<At> implementingAt = labels.inRow(l -> l.startsWith("实施单位"), competentAt.row(), competentAt.col() + 1);
        if (implementingAt.isPresent()) {
            implementing = rightOf(implementingAt.get(), "实施单位");
        }
        String[] goals = goals(goal, indicatorHeader);
        String dataNote = labels.find(l -> l.startsWith(SichuanForm.DATA_NOTE), sum)
                .map(at -> ProjectSheetReader.stripPrefix(cells.label(at.row(), at.col()), SichuanForm.DATA_NOTE)).orElse(null);
        Project read = new Project(null, code, name, rightOf(competentAt, SichuanForm.COMPETENT), implementing, funds,
                cells.points(total, weight, TOTAL + "·分值"), "", "", goals[0], goals[1], "", indicators,
                "", "", "", "", "", "", dataNote, stated);
        return meta == null ? read : NationalMeta.restore(read, meta, indicatorRows);
    }

    /** The 预期目标 and 实际完成情况 texts under their headers. */
    private String[] goals(int goal, int limit) throws ReportFormatException {
        String[] out = {"", ""};
        Optional<At> expected = labels.find("预期目标", goal).filter(a -> a.row() < limit);
        Optional<At> done = labels.find(l -> l.startsWith("实际完成情况"), goal).filter(a -> a.row() < limit);
        if (expected.isPresent()) {
            out[0] = below(expected.get(), limit);
        }
        if (done.isPresent()) {
            out[1] = below(done.get(), limit);
        }
        return out;
    }

    private String below(At at, int limit) throws ReportFormatException {
        return labels.textBelow(at, limit, labels.label(at.row(), at.col()));
    }

    private List<Indicator> indicators(int header, int sum) throws ReportFormatException {
        int l1 = column(header, "一级指标"::equals, "一级指标");
        int l2 = column(header, "二级指标"::equals, "二级指标");
        int l3 = column(header, "三级指标"::equals, "三级指标");
        int target = column(header, l -> l.startsWith("年度指标值") || l.startsWith("年度目标值"), "年度指标值");
        int actual = column(header, l -> l.startsWith("实际完成值") || l.startsWith("全年实际值"), "实际完成值");
        int weight = column(header, l -> l.equals("分值") || l.equals("权重"), "分值");
        int score = column(header, "得分"::equals, "得分");
        int deviation = labels.column(header, l -> l.contains("偏差") || l.contains("原因"));
        List<Indicator> out = new ArrayList<>();
        for (int r = header + 1; r < sum; r++) {
            if (cells.isEmpty(r, l3) && cells.isEmpty(r, target) && cells.isEmpty(r, actual) && cells.isEmpty(r, weight)) {
                continue;
            }
            Indicator previous = out.isEmpty() ? null : out.get(out.size() - 1);
            indicatorRows.add(r);
            NationalValues v = NationalValues.parse(cells.text(r, target, "年度指标值"), cells.text(r, actual, "实际完成值"));
            boolean scoreBlank = !cells.isFormula(r, score) && cells.isEmpty(r, score);
            BigDecimal stated = cells.isFormula(r, score) ? null : cells.points(r, score, "得分");
            out.add(new Indicator(withoutPoints(level(r, l1, "一级指标", previous == null ? "" : previous.level1())),
                    level(r, l2, "二级指标", previous == null ? "" : previous.level2()), cells.text(r, l3, "三级指标"),
                    v.nature(), v.target(), v.unit(), v.actual(), cells.points(r, weight, "分值"), stated, null,
                    deviation < 0 ? "" : cells.text(r, deviation, "偏差原因分析及改进措施"), scoreBlank));
        }
        return out;
    }

    /** "产出指标(50分)" → "产出指标": the points are the sum of its rows' 分值. */
    static String withoutPoints(String level1) {
        return level1.replaceFirst("[（(]\\s*[0-9]+(\\.[0-9]+)?\\s*分\\s*[)）]$", "").strip();
    }

    private String level(int r, int c, String what, String previous) throws ReportFormatException {
        return labels.level(r, c, what, previous);
    }

    /** A fund row's label: the last text left of the amounts that is not the 项目资金 block's own. */
    private String rowLabel(int r, int amountsFrom) throws ReportFormatException {
        for (int c = amountsFrom - 1; c >= 0; c--) {
            String l = SheetLabels.squeeze(cells.mergedText(r, c, "资金来源"));
            if (!l.isEmpty() && !l.startsWith("项目资金")) {
                return ProjectSheetReader.withoutAmong(l);
            }
        }
        return "";
    }

    private FundSource source(int r, int c, String label) throws ReportFormatException {
        if (label.contains("专户")) {
            return FundSource.SPECIAL_ACCOUNT;
        }
        if (label.contains("财政拨款") || label.contains("财政资金")) {
            return FundSource.FISCAL;
        }
        if (label.contains("单位资金") || label.contains("自有资金")) {
            return FundSource.UNIT;
        }
        if (label.contains("上年结转")) {
            return FundSource.PRIOR_YEAR_CARRYOVER;
        }
        if (label.contains("其他资金")) {
            return FundSource.OTHER;
        }
        throw cells.error(r, Math.max(c - 1, 0), "资金来源", "应为当年财政拨款、上年结转资金、其他资金等资金来源，却是「" + label + "」");
    }

    private int column(int header, Predicate<String> match, String what) throws ReportFormatException {
        return labels.requiredColumn(header, match, what);
    }

    private int columnOr(int header, Predicate<String> match, int fallback) {
        int c = labels.column(header, match);
        return c < 0 ? fallback : c;
    }

    private String rightOf(At at, String what) throws ReportFormatException {
        return labels.valueRightOf(at, what);
    }

    private At required(Optional<At> at, String label) throws ReportFormatException {
        return at.orElseThrow(() -> cells.sheetError("找不到「" + label + "」"));
    }
}
