package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.selfeval.model.FieldPath;
import org.selfeval.model.Report;

/**
 * R27: the year of the figures is the evaluation year: "N年度" in the 收支, 结转, 目标实现, 支出控制 and
 * 评价结论 paragraphs is the report's year, and "较N年" comparisons anywhere use the year before.
 */
public final class YearRule implements AuditRule {
    static final String ID = "R27";
    private static final String SOURCE = "评价年度与“上年”对比年度应前后一致";
    private static final Pattern YEAR_OF_FIGURES = Pattern.compile("(?<!较)(?<!\\d)(\\d{4})\\s*年(?:度|末)");
    private static final Pattern COMPARED = Pattern.compile("较\\s*(\\d{4})\\s*年");
    private static final Set<FieldPath> FIGURE_FIELDS = Stream.of("finances.incomeText",
            "finances.expenditureText", "finances.carryoverText", "performance.projectAnalysis.goalAchievementText",
            "performance.projectAnalysis.spendingControlText", "conclusion.conclusionText")
            .map(FieldPath::of).collect(Collectors.toUnmodifiableSet());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        int year = report.year();
        List<Finding> out = new ArrayList<>();
        for (Prose.Field field : Prose.of(report)) {
            String text = field.text();
            if (FIGURE_FIELDS.contains(field.location().field())) {
                Matcher m = YEAR_OF_FIGURES.matcher(text);
                while (m.find()) {
                    if (Integer.parseInt(m.group(1)) != year) {
                        out.add(new Finding(ID, Severity.ERROR, "写作“" + m.group() + "”，但评价年度为 " + year + " 年",
                                field.location(), SOURCE));
                        break;
                    }
                }
            }
            if (text.indexOf('较') < 0) {
                continue;
            }
            Matcher c = COMPARED.matcher(text);
            while (c.find()) {
                if (Integer.parseInt(c.group(1)) != year - 1) {
                    out.add(new Finding(ID, Severity.ERROR, "与上年比较写作“" + c.group() + "”，评价年度为 " + year + " 年，上年应为 "
                            + (year - 1) + " 年", field.location(), SOURCE));
                    break;
                }
            }
        }
        return out;
    }
}
