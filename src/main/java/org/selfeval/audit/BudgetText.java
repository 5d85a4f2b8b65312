package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.selfeval.model.BudgetFigures;
import org.selfeval.recognise.Figure;
import org.selfeval.recognise.Kind;
import org.selfeval.recognise.Reading;
import org.selfeval.recognise.Recogniser;

/**
 * Checks a sentence that restates budget figures ("年初预算数179.18万元，调整预算数为225.51万元，
 * 决算数为225.51万元，执行率为100%", "项目自评得分90.87分") against them, as the recogniser reads it.
 * Used by R26a and R26b.
 */
final class BudgetText {
    private BudgetText() {
    }

    /** @param totalScore the total score to compare a written "得分" with; asked only when one is written */
    static List<String> mismatches(String text, String subject, BudgetFigures f, Supplier<Optional<BigDecimal>> totalScore) {
        List<String> out = new ArrayList<>();
        if (!mayState(text)) {
            return out;
        }
        Reading reading = Recogniser.read(text);
        amount(out, reading, subject, Terms.INITIAL, "年初预算", f.initial());
        amount(out, reading, subject, Terms.ADJUSTED, "调整后预算", f.adjusted() != null ? f.adjusted() : f.initial());
        amount(out, reading, subject, Terms.EXECUTED, "执行数", f.executed());
        Optional<BigDecimal> rate = f.executionRate();
        labelled(reading, Kind.PERCENT, Terms.RATE).ifPresent(p -> rate.ifPresent(r -> {
            if (!Compare.samePercent(p.value(), p.decimals(), r)) {
                out.add(subject + "执行率写作 " + p.written() + "%，按执行 " + Compare.money(f.executed()) + " ÷ 预算 "
                        + Compare.money(f.effectiveBudget()) + " 万元应为 " + Compare.percent(r));
            }
        }));
        labelled(reading, Kind.SCORE, Terms.SCORE).ifPresent(s -> totalScore.get().ifPresent(score -> {
            if (s.value().compareTo(score) != 0) {
                out.add(subject + "得分写作 " + s.written() + " 分，按自评表合计应为 " + Compare.score(score) + " 分");
            }
        }));
        return out;
    }

    /** Whether the sentence states a budget figure, the execution rate or the score that it can be compared with. */
    static boolean compares(String text, BudgetFigures f, Supplier<Optional<BigDecimal>> totalScore) {
        if (!mayState(text)) {
            return false;
        }
        Reading reading = Recogniser.read(text);
        return f.initial() != null && labelled(reading, Kind.AMOUNT, Terms.INITIAL).isPresent()
                || (f.adjusted() != null || f.initial() != null) && labelled(reading, Kind.AMOUNT, Terms.ADJUSTED).isPresent()
                || f.executed() != null && labelled(reading, Kind.AMOUNT, Terms.EXECUTED).isPresent()
                || f.executionRate().isPresent() && labelled(reading, Kind.PERCENT, Terms.RATE).isPresent()
                || labelled(reading, Kind.SCORE, Terms.SCORE).isPresent() && totalScore.get().isPresent();
    }

    /** A cheap look for the words of the labels read here before the text is read. */
    private static boolean mayState(String text) {
        return text != null && (text.contains("预算") || text.contains("执行") || text.contains("决算") || text.contains("支出")
                || text.contains("分") || text.contains("资金"));
    }

    private static Optional<Figure> labelled(Reading reading, Kind kind, List<String> endings) {
        return reading.all(kind).stream().filter(x -> Terms.endsWithAny(x.label(), endings)).findFirst();
    }

    private static void amount(List<String> out, Reading reading, String subject, List<String> labels, String what, BigDecimal figure) {
        if (figure == null) {
            return;
        }
        labelled(reading, Kind.AMOUNT, labels).ifPresent(f -> {
            if (!Compare.sameAmount(f, figure)) {
                out.add(subject + what + "写作 " + f.shown() + "，但填报数为 " + Compare.money(figure) + " 万元");
            }
        });
    }
}
