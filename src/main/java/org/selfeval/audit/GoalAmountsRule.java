package org.selfeval.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Money;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.recognise.Figure;
import org.selfeval.recognise.Kind;
import org.selfeval.recognise.Reading;
import org.selfeval.recognise.Recogniser;

/**
 * R23: when the 项目年度目标 lists two or more sub-amounts (in 元, 万元 or 亿元), they add up to the
 * project budget — the 年初 budget when the text speaks of it ("年初", "申请", "申报"), otherwise the
 * budget in force (调整后 when there is one); when 年度目标完成情况 lists two or more, they add up to
 * 执行数. A total the text states itself (the first amount followed by 其中, or labelled 共 / 总 / 合计,
 * or any amount equal to the sum of the others) is not counted as a part: the parts are compared with
 * it, and one finding is given per text.
 */
public final class GoalAmountsRule implements ProjectRule, ReadsText {
    static final String ID = "R23";
    private static final String SOURCE = "年度目标中的分项金额之和应等于预算数或执行数";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> checkProject(int i, Project p, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        BudgetFigures total = p.totalFunds();
        String goal = p.annualGoal();
        String goalText = Recogniser.normalise(goal);
        boolean initialAsked = goalText.contains("年初") || goalText.contains("申请") || goalText.contains("申报");
        BigDecimal budget = initialAsked ? total.initial() : total.effectiveBudget();
        String budgetName = initialAsked && total.adjusted() != null ? "年初预算" : "预算";
        check(out, i, p, "annualGoal", goal, "项目年度目标", budgetName, budget);
        check(out, i, p, "goalCompletion", p.goalCompletion(), "年度目标完成情况", "执行数", total.executed());
        return out;
    }

    private static void check(List<Finding> out, int i, Project p, String field, String text, String label, String what, BigDecimal figure) {
        if (text == null || figure == null) {
            return;
        }
        Reading reading = Recogniser.read(text);
        List<Figure> amounts = reading.all(Kind.AMOUNT);
        if (amounts.size() < 2) {
            return;
        }
        Figure stated = statedTotal(reading, amounts);
        List<Figure> parts = new ArrayList<>(amounts);
        parts.remove(stated);
        if (parts.size() < 2) {
            return;
        }
        BigDecimal sum = parts.stream().map(Figure::value).reduce(Money.ZERO, BigDecimal::add);
        String listed = ProjectNames.of(p) + label + "所列分项金额 " + parts.stream().map(Figure::shown).collect(Collectors.joining(" + "))
                + " = " + Compare.money(sum) + " 万元";
        String message = null;
        if (stated != null && !same(sum, stated.value())) {
            message = listed + "，与所写总额 " + stated.shown() + "不符" + (same(stated.value(), figure) ? ""
                    : "（" + what + " " + Compare.money(figure) + " 万元）");
        } else if (!same(sum, figure)) {
            message = listed + "，与" + what + " " + Compare.money(figure) + " 万元不符";
        }
        if (message != null) {
            out.add(new Finding(ID, Severity.WARNING, message, ProjectNames.table(i, field), SOURCE));
        }
    }

    @Override
    public List<Read> reads(Report report) {
        List<Read> out = new ArrayList<>();
        for (int i = 0; i < report.projects().size(); i++) {
            Project p = report.projects().get(i);
            read(out, p.annualGoal(), ProjectNames.table(i, "annualGoal"));
            read(out, p.goalCompletion(), ProjectNames.table(i, "goalCompletion"));
        }
        return out;
    }

    private static void read(List<Read> out, String text, Location where) {
        if (text != null && !text.isBlank()) {
            out.add(new Read(where, text, Recogniser.read(text).all(Kind.AMOUNT).size() >= 2));
        }
    }

    /** The amount the text gives as the whole, or null. */
    private static Figure statedTotal(Reading reading, List<Figure> amounts) {
        BigDecimal all = amounts.stream().map(Figure::value).reduce(Money.ZERO, BigDecimal::add);
        for (Figure f : amounts) {
            if (same(all.subtract(f.value()), f.value())) {
                return f;
            }
        }
        Figure first = amounts.get(0);
        String after = reading.text().substring(first.end(), Math.min(reading.text().length(), first.end() + 4));
        boolean whole = first.label().contains("共") || first.label().contains("总") || first.label().contains("合计");
        return whole || after.contains("其中") ? first : null;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a.setScale(2, RoundingMode.HALF_UP).compareTo(b.setScale(2, RoundingMode.HALF_UP)) == 0;
    }
}
