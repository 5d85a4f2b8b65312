package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The three budget figures that run through the report and the forms (万元).
 *
 * @param initial  年初预算数
 * @param adjusted 调整后预算数 (全年预算数); null = not adjusted / not stated
 * @param executed 执行数 (决算数, 全年执行数)
 */
@RecordBuilder
public record BudgetFigures(BigDecimal initial, BigDecimal adjusted, BigDecimal executed)
        implements BudgetFiguresBuilder.With {
    public static final BudgetFigures EMPTY = new BudgetFigures(null, null, null);

    public BudgetFigures {
        initial = Money.nonNegative(initial);
        adjusted = Money.nonNegative(adjusted);
        executed = Money.nonNegative(executed);
    }

    /** The budget the execution rate is measured against: 调整后预算数, else 年初预算数. */
    public BigDecimal effectiveBudget() {
        return adjusted != null ? adjusted : initial;
    }

    /** 执行率 (%) = 执行数 / 调整后预算数 × 100 — domain.md R6, Sichuan form instruction 1. */
    public Optional<BigDecimal> executionRate() {
        return executed == null ? Optional.empty() : Percent.of(executed, effectiveBudget());
    }

    /** True when an adjusted budget was given and differs from the initial one (R9). */
    public boolean isAdjusted() {
        return adjusted != null && initial != null && adjusted.compareTo(initial) != 0;
    }

    public boolean isEmpty() {
        return initial == null && adjusted == null && executed == null;
    }

    /**
     * The 总额 of several rows: Σ 年初, Σ 执行; the adjusted total only when some row is adjusted, and
     * then over every row's effective budget (a row without an 调整后预算数 keeps its 年初预算 for the
     * year), so the total's 执行率 is the rows' (domain.md R6, R8).
     */
    public static BudgetFigures total(Iterable<BudgetFigures> rows) {
        BigDecimal initial = null;
        BigDecimal executed = null;
        BigDecimal budget = null;
        boolean anyAdjusted = false;
        for (BudgetFigures r : rows) {
            initial = add(initial, r.initial);
            executed = add(executed, r.executed);
            budget = add(budget, r.effectiveBudget());
            anyAdjusted |= r.adjusted != null;
        }
        return new BudgetFigures(initial, anyAdjusted ? budget : null, executed);
    }

    public BudgetFigures plus(BudgetFigures other) {
        return new BudgetFigures(add(initial, other.initial), add(adjusted, other.adjusted), add(executed, other.executed));
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (a == null && b == null) {
            return null;
        }
        return Money.orZero(a).add(Money.orZero(b));
    }
}
