package org.selfeval.intake.published;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
    /** Words naming the funds before a category ("一般公共预算财政拨款基本支出"). */
    private static final List<String> FUNDS = List.of("一般公共预算财政拨款", "一般公共财政拨款", "一般公共预算", "财政拨款", "部门");
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
        each(parts.get(OutlinePart.ORGANIZATION), staffing::read);
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

    /** 收入 or 支出 when the paragraph states their total or one of their parts; else null. */
    static OutlinePart statesFiguresOf(String paragraph) {
        Reading r = Recogniser.read(paragraph);
        if (r.first(Kind.AMOUNT, Terms.INCOME_TOTAL).isPresent()
                || Stream.of(IncomeSource.values()).anyMatch(s -> first(r, Terms.of(s)).isPresent())) {
            return OutlinePart.INCOME;
        }
        if (r.first(Kind.AMOUNT, Terms.EXPENDITURE_TOTAL).isPresent() || r.first(Kind.AMOUNT, Terms.PERSONNEL_EXPENSE).isPresent()
                || r.first(Kind.AMOUNT, Terms.PUBLIC_EXPENSE).isPresent()
                || Stream.of(ExpenditureCategory.values()).anyMatch(c -> first(r, Terms.of(c)).isPresent())) {
            return OutlinePart.EXPENDITURE;
        }
        return null;
    }

    private void income(Reading r) {
        for (IncomeSource s : IncomeSource.values()) {
            first(r, Terms.of(s)).ifPresent(f -> take(Targets.income(s), f, r));
        }
    }

    private void expenditure(Reading r) {
        for (ExpenditureCategory c : ExpenditureCategory.values()) {
            first(r, Terms.of(c)).ifPresent(f -> take(Targets.expenditure(c), f, r));
        }
        r.first(Kind.AMOUNT, Terms.PERSONNEL_EXPENSE).ifPresent(f -> take(Targets.PERSONNEL_EXPENSES, f, r));
        r.first(Kind.AMOUNT, Terms.PUBLIC_EXPENSE).ifPresent(f -> take(Targets.PUBLIC_EXPENSES, f, r));
    }

    /**
     * The first amount named by one of these words, also when the funds are named before them
     * ("一般公共财政拨款基本支出1076.17万元" is 基本支出).
     */
    private static Optional<Figure> first(Reading r, Set<String> names) {
        return r.all(Kind.AMOUNT).stream().filter(f -> names.contains(f.label()) || names.contains(withoutFunds(f.label()))).findFirst();
    }

    private static String withoutFunds(String label) {
        for (String funds : FUNDS) {
            if (label.startsWith(funds) && label.length() > funds.length()) {
                return label.substring(funds.length());
            }
        }
        return label;
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
