package org.selfeval.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Report;
import org.selfeval.scoring.DepartmentScore;

/**
 * The sentence of a 三、(二)1 part that restates the department sheet (部门整体支出绩效自评表): the computed
 * rates of the rows whose 二级指标 names the part, e.g. for 预算完成 "2023年度部门预算执行率为97.76%。",
 * for 结余与违规 "资金结余率为4.34%。". Empty when the region's sheet has no computed row for the part or
 * a figure is missing.
 */
public final class SheetSentences {
    private SheetSentences() {
    }

    public static Optional<String> forPart(Report report, String part) {
        Optional<DepartmentScore> sheet = DepartmentScore.of(report);
        if (sheet.isEmpty()) {
            return Optional.empty();
        }
        List<String> clauses = new ArrayList<>();
        for (DepartmentScore.RowScore row : sheet.get().rows()) {
            if (part.equals(row.row().level2()) && "%".equals(row.row().unit()) && row.result().value().isPresent()) {
                clauses.add(Figures.percentSign(new StringBuilder(row.row().name()).append("为"), row.result().value().get()).toString());
            }
        }
        if (clauses.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(report.year() + "年度部门" + String.join("，", clauses) + "。");
    }

    /** Whether a paragraph already names every computed rate of the part (right or wrong: the audit checks the figure). */
    public static boolean stated(Report report, String part, String paragraph) {
        if (paragraph == null || paragraph.isBlank()) {
            return false;
        }
        return DepartmentScore.of(report).map(s -> s.rows().stream()
                .filter(row -> part.equals(row.row().level2()) && "%".equals(row.row().unit()) && row.result().value().isPresent())
                .allMatch(row -> paragraph.contains(row.row().name()))).orElse(true);
    }
}
