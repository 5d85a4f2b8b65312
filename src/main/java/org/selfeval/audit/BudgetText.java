package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.selfeval.model.BudgetFigures;

/**
 * Checks a sentence that restates budget figures ("年初预算数179.18万元，调整预算数为225.51万元，
 * 决算数为225.51万元，执行率为100%", "项目自评得分90.87分") against them. Used by R26a and R26b.
 */
final class BudgetText {
    private static final List<String> INITIAL = List.of("年初预算数", "年初预算");
    private static final List<String> ADJUSTED = List.of("调整后预算数", "调整后预算", "调整预算数", "调整预算", "全年预算数");
    private static final List<String> EXECUTED = List.of("预算执行数", "决算数", "执行数", "全年执行数", "实际支出");
    private static final Pattern SCORE = Pattern.compile("(?:自评)?(?:总)?得分(?:为)?\\s*" + TextFigures.NUM + "\\s*分");

    private BudgetText() {
    }

    /** @param totalScore the total score to compare a written "得分" with; asked only when one is written */
    static List<String> mismatches(String text, String subject, BudgetFigures f, Supplier<Optional<BigDecimal>> totalScore) {
        List<String> out = new ArrayList<>();
        if (text == null || !(text.contains("预算") || text.contains("执行") || text.contains("得分") || text.contains("决算")
                || text.contains("实际支出"))) {
            return out;
        }
        amount(out, text, subject, INITIAL, "年初预算", f.initial());
        amount(out, text, subject, ADJUSTED, "调整后预算", f.adjusted() != null ? f.adjusted() : f.initial());
        amount(out, text, subject, EXECUTED, "执行数", f.executed());
        Optional<BigDecimal> rate = f.executionRate();
        TextFigures.percentAfter(text, "执行率").ifPresent(p -> rate.ifPresent(r -> {
            if (!Compare.samePercent(p.value(), p.decimals(), r)) {
                out.add(subject + "执行率写作 " + p.written() + "%，按执行 " + Compare.money(f.executed()) + " ÷ 预算 "
                        + Compare.money(f.effectiveBudget()) + " 万元应为 " + Compare.percent(r));
            }
        }));
        if (text.contains("得分")) {
            TextFigures.find(text, SCORE).ifPresent(s -> totalScore.get().ifPresent(score -> {
                if (s.value().compareTo(score) != 0) {
                    out.add(subject + "得分写作 " + s.written() + " 分，按自评表合计应为 " + Compare.score(score) + " 分");
                }
            }));
        }
        return out;
    }

    private static void amount(List<String> out, String text, String subject, List<String> labels, String what, BigDecimal figure) {
        if (figure == null) {
            return;
        }
        for (String label : labels) {
            Optional<TextFigures.Figure> f = TextFigures.amountAfter(text, label);
            if (f.isPresent()) {
                if (!Compare.sameAmount(f.get().value(), figure)) {
                    out.add(subject + what + "写作 " + f.get().written() + " 万元，但填报数为 " + Compare.money(figure) + " 万元");
                }
                return;
            }
        }
    }
}
