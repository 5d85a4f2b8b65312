package org.selfeval.export.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.selfeval.model.Grade;
import org.selfeval.model.GradeBands;
import org.selfeval.model.Report;
import org.selfeval.profile.DepartmentSheetDefinition;
import org.selfeval.profile.DepartmentSheetDefinition.Band;
import org.selfeval.profile.DepartmentSheetDefinition.Row;
import org.selfeval.profile.DepartmentSheetDefinition.Scoring;
import org.selfeval.profile.RegionalProfile;
import org.selfeval.profile.RegionalProfile.ScoreCap;
import org.selfeval.scoring.BaseFigures;
import org.selfeval.scoring.DepartmentScore;

/**
 * The 部门整体支出绩效自评表 as a sheet of the workbook, with live formulas: the base data block (基础数据),
 * then each row's value as the profile's formula over those cells, its score as the profile's rule,
 * the total with the region's deduction and cap, and the grade by its bands — so that a clerk who
 * changes a base figure in Excel or WPS sees the sheet recompute, and the cached values are the model's.
 */
final class DepartmentScoreSheet {
    private static final int[] WIDTHS = {12, 14, 22, 8, 44, 12, 10, 24};
    private static final Pattern NAME = Pattern.compile("\\b[a-zA-Z][a-zA-Z0-9]*\\b(?!\\s*\\()");
    private final SheetWriter w;
    private final Report report;
    private final DepartmentScore score;

    DepartmentScoreSheet(Sheet sheet, XlsxStyles styles, Report report, DepartmentScore score) {
        this.w = new SheetWriter(sheet, styles);
        this.report = report;
        this.score = score;
    }

    void write() {
        XlsxStyles st = w.styles;
        DepartmentSheetDefinition sheet = score.sheet();
        w.columnWidths(WIDTHS);
        w.textBlock(0, 0, 0, 7, report.department().fullName() + report.year() + "年度" + sheet.name(), st.title);
        w.sheet.getRow(0).setHeightInPoints(30);
        w.textBlock(2, 2, 0, 7, "基础数据（万元；人数为人）", st.labelLeft);
        Map<String, BigDecimal> figures = BaseFigures.of(report);
        Map<String, String> refs = new LinkedHashMap<>();
        int r = 3;
        for (Map.Entry<String, String> name : BaseFigures.NAMES.entrySet()) {
            w.textBlock(r, r, 0, 2, name.getValue(), st.text);
            w.number(r, 3, figures.get(name.getKey()), st.amount);
            refs.put(name.getKey(), "$D$" + (r + 1));
            r++;
        }
        int header = r + 1;
        String[] heads = {"一级指标", "二级指标", "三级指标", "权重", "计算方法", "指标值", "得分", "说明"};
        for (int c = 0; c < heads.length; c++) {
            w.text(header, c, heads[c], st.label);
        }
        r = header + 1;
        int first = r;
        for (DepartmentScore.RowScore rs : score.rows()) {
            Row row = rs.row();
            w.text(r, 0, row.level1(), st.textCenter);
            w.text(r, 1, row.level2(), st.textCenter);
            w.text(r, 2, row.name(), st.text);
            w.number(r, 3, row.weight(), st.score);
            w.text(r, 4, row.explain(), st.text);
            if (row.isQualitative()) {
                w.text(r, 5, "定性", st.textCenter);
                w.number(r, 6, rs.result().score().orElse(null), st.score);
            } else {
                List<String> used = new ArrayList<>();
                String value = excel(row.formula(), refs, used);
                String complete = used.isEmpty() ? "TRUE" : "COUNT(" + String.join(",", used) + ")=" + used.size();
                w.formula(r, 5, "IFERROR(IF(" + complete + "," + value + ",\"\"),\"\")", rs.result().value(), st.score);
                String v = SheetWriter.ref(r, 5);
                w.formula(r, 6, "IF(" + v + "=\"\",\"\"," + scoreFormula(row.scoring(), SheetWriter.ref(r, 3), v) + ")",
                        rs.result().score(), st.score);
            }
            w.text(r, 7, rs.entry().map(e -> e.note()).orElse(""), st.text);
            w.fitHeight(r, row.explain(), WIDTHS[4] - 1, 20);
            w.fitHeight(r, rs.entry().map(e -> e.note()).orElse(""), WIDTHS[7] - 1, 20);
            r++;
        }
        for (DepartmentScore.OwnRow own : score.ownRows()) {
            w.text(r, 0, own.indicator().level1(), st.textCenter);
            w.text(r, 1, own.indicator().level2(), st.textCenter);
            w.text(r, 2, own.indicator().name(), st.text);
            w.number(r, 3, own.indicator().weight(), st.score);
            w.text(r, 4, "部门整体支出绩效目标（本报告一、（四））", st.text);
            w.text(r, 5, own.indicator().actual(), st.textCenter);
            w.number(r, 6, own.score().orElse(null), st.score);
            w.text(r, 7, own.overTarget() ? "超过目标30%以上" : "", st.text);
            r++;
        }
        int last = r - 1;
        String scores = SheetWriter.ref(first, 6) + ":" + SheetWriter.ref(last, 6);
        int rows = last - first + 1;
        w.textBlock(r, r, 0, 5, "合计", st.label);
        String sum = "SUM(" + scores + ")-" + score.deduction().toPlainString();
        w.formula(r, 6, "IF(COUNT(" + scores + ")=" + rows + "," + capped(sum, refs) + ",\"\")", score.total(), st.score);
        String total = SheetWriter.ref(r, 6);
        w.text(r, 7, "", st.text);
        r++;
        w.textBlock(r, r, 0, 5, "评价等级", st.label);
        w.textFormula(r, 6, gradeFormula(total, RegionalProfile.forId(report.profile()).gradeBands()),
                score.grade(report).map(Grade::longLabel).orElse(""), st.textCenter);
        w.text(r, 7, "", st.text);
        w.printSetup(r, 7, 0, 0);
    }

    /** The profile's expression with each base figure replaced by its cell; the cells it uses are listed. */
    static String excel(String formula, Map<String, String> refs, List<String> used) {
        Matcher m = NAME.matcher(formula);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String ref = refs.get(m.group());
            if (ref == null) {
                throw new IllegalStateException("公式中有未知的基础数据：" + m.group());
            }
            if (!used.contains(ref)) {
                used.add(ref);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(ref));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The profile's scoring rule as a formula over the weight cell and the value cell, 0 to the weight. */
    static String scoreFormula(Scoring s, String weight, String value) {
        String raw = switch (s.kind()) {
            case AT_MOST -> weight + "-" + s.perPoint().toPlainString() + "*MAX(0," + value + "-(" + s.target().toPlainString() + "))";
            case AT_LEAST -> weight + "-" + s.perPoint().toPlainString() + "*MAX(0,(" + s.target().toPlainString() + ")-" + value + ")";
            case PROPORTIONAL -> weight + "*MIN(" + value + "/" + s.target().toPlainString() + ",1)";
            case BANDS -> weight + "*" + bands(s.bands(), value, 0);
        };
        return "ROUND(MAX(0,MIN(" + weight + "," + raw + ")),2)";
    }

    private static String bands(List<Band> bands, String value, int i) {
        if (i == bands.size()) {
            return "0";
        }
        Band b = bands.get(i);
        List<String> tests = new ArrayList<>();
        if (b.atLeast() != null) {
            tests.add(value + ">=" + b.atLeast().toPlainString());
        }
        if (b.atMost() != null) {
            tests.add(value + "<=" + b.atMost().toPlainString());
        }
        String test = tests.isEmpty() ? "TRUE" : tests.size() == 1 ? tests.get(0) : "AND(" + String.join(",", tests) + ")";
        return "IF(" + test + "," + b.share().toPlainString() + "," + bands(bands, value, i + 1) + ")";
    }

    /** The region's caps by the budget completion rate, applied to the sum. */
    private String capped(String sum, Map<String, String> refs) {
        List<ScoreCap> caps = new ArrayList<>(RegionalProfile.forId(report.profile()).scoreCaps());
        if (caps.isEmpty()) {
            return "ROUND(MAX(0," + sum + "),2)";
        }
        caps.sort((a, b) -> a.rateBelowPct().compareTo(b.rateBelowPct()));
        // as DepartmentScore: a cap only with both figures and a budget that is not zero (the caps are
        // tried from the lowest rate up); without one the sum as it is, no ceiling of its own
        String spent = refs.get("expenditureTotal");
        String budget = refs.get("budgetAdjusted");
        String rate = "IF(COUNT(" + spent + "," + budget + ")=2,IFERROR(" + spent + "/" + budget + "*100,1000),1000)";
        StringBuilder max = new StringBuilder();
        for (ScoreCap c : caps) {
            max.append("IF(").append(rate).append("<").append(c.rateBelowPct().toPlainString()).append(",")
                    .append(c.maxScore().toPlainString()).append(",");
        }
        max.append(sum).append(")".repeat(caps.size()));
        return "ROUND(MAX(0,MIN(" + max + "," + sum + ")),2)";
    }

    private static String gradeFormula(String total, GradeBands b) {
        return "IF(" + total + "=\"\",\"\",IF(" + total + ">=" + b.excellent().toPlainString() + ",\"优秀\",IF(" + total + ">="
                + b.good().toPlainString() + ",\"良好\",IF(" + total + ">=" + b.fair().toPlainString() + ",\"中等\",\"较差\"))))";
    }
}
