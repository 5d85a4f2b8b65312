package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.math.BigDecimal;
import java.util.Map;

/**
 * 二、部门财政资金收支情况. Totals are computed: 收入合计 and 支出合计 are sums of the parts; a total that a
 * document states for itself is kept beside it ({@code statedIncomeTotal}) for the audit to compare.
 *
 * @param income          收入 by source (万元)
 * @param incomeText      (一) paragraph as written; null = generated
 * @param expenditure     支出 by category (万元)
 * @param expenditureText (二) paragraph as written; null = generated
 * @param carryover       年末结转结余
 * @param carryoverText   (三) paragraph as written; null = generated
 * @param statedIncomeTotal      收入合计 as the document states it; null = not stated
 * @param statedExpenditureTotal 支出合计 as the document states it; null = not stated
 * @param priorIncomeTotal       上年收入合计 (for "较上年增加/减少"); null = not known
 * @param priorExpenditureTotal  上年支出合计; null = not known
 * @param personnelExpenses      基本支出 of which 人员经费 (决算 table 6); null = not split
 * @param publicExpenses         基本支出 of which 公用经费 (决算 table 6); null = not split. Not the
 *                               公用经费 budget figures of 三(二)1, though its 决算数 should agree
 */
@RecordBuilder
public record Finances(
        Map<IncomeSource, BigDecimal> income,
        String incomeText,
        Map<ExpenditureCategory, BigDecimal> expenditure,
        String expenditureText,
        Carryover carryover,
        String carryoverText,
        Stated statedIncomeTotal,
        Stated statedExpenditureTotal,
        BigDecimal priorIncomeTotal,
        BigDecimal priorExpenditureTotal,
        BigDecimal personnelExpenses,
        BigDecimal publicExpenses) implements FinancesBuilder.With {
    public static final Finances EMPTY = new Finances(null, null, null, null, null, null);

    /** The chapter as the app's forms fill it: nothing stated, no prior year, no split. */
    public Finances(Map<IncomeSource, BigDecimal> income, String incomeText, Map<ExpenditureCategory, BigDecimal> expenditure,
                    String expenditureText, Carryover carryover, String carryoverText) {
        this(income, incomeText, expenditure, expenditureText, carryover, carryoverText, null, null, null, null, null, null);
    }

    public Finances {
        income = Amounts.copy(IncomeSource.class, income);
        expenditure = Amounts.copy(ExpenditureCategory.class, expenditure);
        carryover = carryover == null ? Carryover.EMPTY : carryover;
        statedIncomeTotal = statedIncomeTotal == null ? null : statedIncomeTotal.asMoney();
        statedExpenditureTotal = statedExpenditureTotal == null ? null : statedExpenditureTotal.asMoney();
        priorIncomeTotal = Money.nonNegative(priorIncomeTotal);
        priorExpenditureTotal = Money.nonNegative(priorExpenditureTotal);
        personnelExpenses = Money.nonNegative(personnelExpenses);
        publicExpenses = Money.nonNegative(publicExpenses);
    }

    /** Whether 基本支出 is split into 人员经费 and 公用经费. */
    public boolean hasBasicSplit() {
        return personnelExpenses != null || publicExpenses != null;
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
