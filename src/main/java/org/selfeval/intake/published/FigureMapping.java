package org.selfeval.intake.published;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.selfeval.audit.Terms;
import org.selfeval.intake.Target;
import org.selfeval.intake.Targets;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.IncomeSource;
import org.selfeval.profile.OutlinePart;
import org.selfeval.recognise.Figure;
import org.selfeval.recognise.Kind;
import org.selfeval.recognise.Reading;
import org.selfeval.recognise.Recogniser;

/**
 * Reads the figures of the standard sentences into the figure targets (数字对应): 收入 by source, 支出 by
 * category (and 人员经费 / 公用经费), 结转 and 结余, 公用经费 年初 / 调整 / 决算 of 支出控制情况, the 自评得分.
 * Each figure is read by {@link Recogniser} and taken by its label, in the words of {@link Terms};
 * only the section that holds a sentence is read for it.
 */
final class FigureMapping {
    private final Findings findings;

    FigureMapping(Findings findings) {
        this.findings = findings;
    }

    void read(Map<OutlinePart, List<String>> parts) {
        each(parts.get(OutlinePart.INCOME), this::income);
        each(parts.get(OutlinePart.EXPENDITURE), this::expenditure);
        each(parts.get(OutlinePart.CARRYOVER), this::carryover);
        each(parts.get(OutlinePart.OVERALL), this::publicExpenses);
        each(parts.get(OutlinePart.CONCLUSION), this::score);
        StaffingFigures staffing = new StaffingFigures(findings);
        each(parts.get(OutlinePart.STAFFING), staffing::read);
        if (parts.containsKey(OutlinePart.CONCLUSION) && !findings.has(Targets.SCORE)) {
            findings.notFound("评价结论中没有写明自评得分（“自评得分××分”）");
        }
    }

    private static void each(List<String> paragraphs, Consumer<Reading> reader) {
        if (paragraphs != null) {
            paragraphs.forEach(p -> reader.accept(Recogniser.read(p)));
        }
    }

    private void income(Reading r) {
        for (IncomeSource s : IncomeSource.values()) {
            r.first(Kind.AMOUNT, Terms.of(s)).ifPresent(f -> take(Targets.income(s), f, r));
        }
    }

    private void expenditure(Reading r) {
        for (ExpenditureCategory c : ExpenditureCategory.values()) {
            r.first(Kind.AMOUNT, Terms.of(c)).ifPresent(f -> take(Targets.expenditure(c), f, r));
        }
        r.first(Kind.AMOUNT, Terms.PERSONNEL_EXPENSE).ifPresent(f -> take(Targets.PERSONNEL_EXPENSES, f, r));
        r.first(Kind.AMOUNT, Terms.PUBLIC_EXPENSE).ifPresent(f -> take(Targets.PUBLIC_EXPENSES, f, r));
    }

    private void carryover(Reading r) {
        r.first(Kind.AMOUNT, Terms.BASIC_CARRYOVER).ifPresent(f -> take(Targets.CARRYOVER_BASIC, f, r));
        r.first(Kind.AMOUNT, Terms.PROJECT_CARRYOVER).ifPresent(f -> take(Targets.CARRYOVER_PROJECT, f, r));
        for (Figure f : r.all(Kind.AMOUNT)) {
            String label = f.label();
            if (label.endsWith("结余") && !label.contains("结转") && !label.startsWith("上年") && !label.contains("年初")) {
                take(Targets.CARRYOVER_SURPLUS, f, r);
            } else if ((label.startsWith("上年") || label.contains("年初")) && label.contains("结转")) {
                take(Targets.CARRYOVER_PRIOR_TOTAL, f, r);
            }
        }
    }

    /** 支出控制情况: the sentence that names 公用经费 gives its 年初预算数, 调整预算数 and 决算数. */
    private void publicExpenses(Reading r) {
        String text = r.text();
        for (String sentence : text.split("(?<=。)")) {
            if (sentence.contains("公用经费")) {
                for (Figure f : Recogniser.read(sentence).all(Kind.AMOUNT)) {
                    Target<BigDecimal> target = Terms.endsWithAny(f.label(), Terms.INITIAL) ? Targets.PUBLIC_EXPENSES_INITIAL
                            : Terms.endsWithAny(f.label(), Terms.ADJUSTED) ? Targets.PUBLIC_EXPENSES_ADJUSTED
                            : Terms.endsWithAny(f.label(), Terms.EXECUTED) ? Targets.PUBLIC_EXPENSES_EXECUTED : null;
                    if (target != null) {
                        findings.add(target, f.value(), Wording.clause(sentence, f.start(), f.end()));
                    }
                }
            }
        }
    }

    private void score(Reading r) {
        r.all(Kind.SCORE).stream().filter(f -> Terms.endsWithAny(f.label(), Terms.SCORE)).findFirst()
                .or(() -> r.all(Kind.SCORE).stream().findFirst())
                .ifPresent(f -> take(Targets.SCORE, f, r));
    }

    private void take(Target<BigDecimal> target, Figure f, Reading r) {
        findings.add(target, f.value(), Wording.clause(r.text(), f.start(), f.end()));
    }
}
