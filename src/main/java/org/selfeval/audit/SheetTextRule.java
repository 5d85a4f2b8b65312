package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.selfeval.model.ProjectAnalysis;
import org.selfeval.model.Report;
import org.selfeval.narrative.Narrative;
import org.selfeval.narrative.TextField;
import org.selfeval.recognise.Figure;
import org.selfeval.recognise.Kind;
import org.selfeval.recognise.Recogniser;
import org.selfeval.scoring.DepartmentScore;

/**
 * R29e: a rate that 三、(二)1 states (预算执行率, 资金结余率, 公用经费控制率 …) equals the department sheet's
 * computed value of the row of that name. A paragraph is compared with the rows of its part (the row's
 * 二级指标 names the part: 支出控制, 及时处置, 预算完成, 结余与违规), so "执行率为100%" in the 公用经费
 * sentence is not taken for the department's 预算执行率.
 */
public final class SheetTextRule implements AuditRule, ReadsText {
    static final String ID = "R29e";
    private static final String SOURCE = "正文与部门整体支出绩效自评表数字一致（文数一致）";
    private static final String PATH = "performance.projectAnalysis.";

    /** The 三、(二)1 paragraphs by the 二级指标 that names their part. */
    private static final Map<String, Part> PARTS = Map.of(
            "支出控制", new Part("spendingControlText", r -> Narrative.effective(TextField.SPENDING_CONTROL, r)),
            "及时处置", new Part("timelyHandling", r -> analysis(r).timelyHandling()),
            "预算完成", new Part("budgetCompletion", r -> analysis(r).budgetCompletion()),
            "结余与违规", new Part("surplusAndViolations", r -> analysis(r).surplusAndViolations()));

    private record Part(String field, Function<Report, String> text) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Read> reads(Report report) {
        List<Read> out = new ArrayList<>();
        DepartmentScore.of(report).ifPresent(s -> {
            for (DepartmentScore.RowScore row : s.rows()) {
                Part part = PARTS.get(row.row().level2());
                if (part != null && row.result().value().isPresent()) {
                    String text = part.text().apply(report);
                    if (text != null && !stated(text, row.row().name()).isEmpty()) {
                        out.add(new Read(where(part), text, true));
                    }
                }
            }
        });
        return out;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        if (report.departmentSheet().isEmpty()) {
            return out;
        }
        DepartmentScore.of(report).ifPresent(s -> {
            for (DepartmentScore.RowScore row : s.rows()) {
                Part part = PARTS.get(row.row().level2());
                if (part == null || row.result().value().isEmpty()) {
                    continue;
                }
                BigDecimal computed = row.result().value().get();
                for (Figure f : stated(part.text().apply(report), row.row().name())) {
                    if (!Compare.samePercent(f.value(), f.decimals(), computed)) {
                        out.add(new Finding(ID, Severity.ERROR, "正文写" + f.label() + " " + f.written() + "%，部门整体支出绩效自评表按"
                                + "填报数计算为 " + Compare.percent(computed), where(part), SOURCE));
                    }
                }
            }
        });
        return out;
    }

    /** The percentages a paragraph states for a row: its label is the row's name, or ends it ("执行率" of 预算执行率). */
    private static List<Figure> stated(String text, String rowName) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Recogniser.read(text).all(Kind.PERCENT).stream()
                .filter(f -> f.label().endsWith(rowName) || f.label().length() >= 3 && rowName.endsWith(f.label()))
                .toList();
    }

    private static Location where(Part part) {
        return new Location(Location.PERFORMANCE, PATH + part.field());
    }

    private static ProjectAnalysis analysis(Report r) {
        return r.performance().projectAnalysis();
    }
}
