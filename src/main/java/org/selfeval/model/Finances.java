package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.math.BigDecimal;
import java.util.Map;

/**
 * 二、部门财政资金收支情况. Totals are not stored: 收入合计 and 支出合计 are sums of the parts.
 *
 * @param income          收入 by source (万元)
 * @param incomeText      (一) paragraph as written; null = generated
 * @param expenditure     支出 by category (万元)
 * @param expenditureText (二) paragraph as written; null = generated
 * @param carryover       年末结转结余
 * @param carryoverText   (三) paragraph as written; null = generated
 */
@RecordBuilder
public record Finances(
        Map<IncomeSource, BigDecimal> income,
        String incomeText,
        Map<ExpenditureCategory, BigDecimal> expenditure,
        String expenditureText,
        Carryover carryover,
        String carryoverText) implements FinancesBuilder.With {
    public static final Finances EMPTY = new Finances(null, null, null, null, null, null);

    public Finances {
        income = Amounts.copy(IncomeSource.class, income);
        expenditure = Amounts.copy(ExpenditureCategory.class, expenditure);
        carryover = carryover == null ? Carryover.EMPTY : carryover;
    }

    /** 收入合计. */
    public BigDecimal incomeTotal() {
        return Money.sum(income.values());
    }

    /** 支出合计. */
    public BigDecimal expenditureTotal() {
        return Money.sum(expenditure.values());
    }

    public BigDecimal income(IncomeSource source) {
        return Money.orZero(income.get(source));
    }

    public BigDecimal expenditure(ExpenditureCategory category) {
        return Money.orZero(expenditure.get(category));
    }

    public Finances withIncome(IncomeSource source, BigDecimal amount) {
        return withIncome(Amounts.with(IncomeSource.class, income, source, amount));
    }

    public Finances withExpenditure(ExpenditureCategory category, BigDecimal amount) {
        return withExpenditure(Amounts.with(ExpenditureCategory.class, expenditure, category, amount));
    }
}
