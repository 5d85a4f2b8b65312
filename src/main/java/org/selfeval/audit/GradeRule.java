package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.model.Grade;
import org.selfeval.model.Report;

/**
 * R20: the score written in 评价结论 is the 自评得分, and the grade word matches the score
 * (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below).
 */
public final class GradeRule implements AuditRule {
    static final String ID = "R20";
    private static final String SOURCE = "财预〔2020〕10号 评价等级";
    private static final Location WHERE = new Location(Location.CONCLUSION, "conclusion.conclusionText");
    private static final Pattern SCORE = Pattern.compile("(?:自评)?(?:总)?得分(?:为)?\\s*" + TextFigures.NUM + "\\s*分");
    private static final Pattern GRADE = Pattern.compile("(?:评定为|评价为|等级为|等次为|定为|为)\\s*[“\"]?(优秀|良好|中等|较差|优|良|中|差)[”\"]?\\s*(?:等次|等级|档次)");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        String text = report.conclusion().conclusionText();
        List<Finding> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        BigDecimal score = report.conclusion().score();
        Optional<TextFigures.Figure> written = TextFigures.find(text, SCORE);
        if (score != null && written.isPresent() && written.get().value().compareTo(score) != 0) {
            out.add(new Finding(ID, Severity.ERROR, "评价结论写自评得分 " + written.get().written() + " 分，但填报的自评得分为 "
                    + Compare.score(score) + " 分", WHERE, SOURCE));
        }
        BigDecimal basis = score != null ? score : written.map(TextFigures.Figure::value).orElse(null);
        Matcher m = GRADE.matcher(text);
        if (basis != null && m.find()) {
            Grade grade = context.profile().gradeOf(basis);
            String word = m.group(1);
            if (!word.equals(grade.label()) && !word.equals(grade.longLabel())) {
                out.add(new Finding(ID, Severity.ERROR, "评价结论写“" + word + "”等次，但 " + Compare.score(basis) + " 分应为“"
                        + grade.longLabel() + "”等次", WHERE, SOURCE));
            }
        }
        return out;
    }
}
