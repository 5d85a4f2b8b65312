package org.selfeval.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.model.Carryover;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.IncomeSource;

class FinanceSentencesTest {
    private static BigDecimal m(String s) {
        return s == null || s.isEmpty() ? null : new BigDecimal(s);
    }

    @ParameterizedTest(name = "{0} + {1} (prior {2}) → {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // increase, decrease, flat, prior zero, prior missing
            "10.00 | 40.00 | 40.00  | 2023年末一般公共预算财政拨款结转50.00万元（其中基本支出结转10.00万元，项目支出结转40.00万元），较2022年度增长25%。",
            "0     | 48.76 | 49.43  | 2023年末一般公共预算财政拨款结转48.76万元（其中基本支出结转0万元，项目支出结转48.76万元），较2022年度下降1.36%。",
            "5.00  | 5.00  | 10.00  | 2023年末一般公共预算财政拨款结转10.00万元（其中基本支出结转5.00万元，项目支出结转5.00万元），与2022年度持平。",
            "5.00  | 0     | 0      | 2023年末一般公共预算财政拨款结转5.00万元（其中基本支出结转5.00万元，项目支出结转0万元），2022年末无结转结余。",
            "5.00  | 0     | null   | 2023年末一般公共预算财政拨款结转5.00万元（其中基本支出结转5.00万元，项目支出结转0万元）。",
            "0     | 0     | 8.00   | 2023年末一般公共预算财政拨款结转0万元（其中基本支出结转0万元，项目支出结转0万元），较2022年度下降100%。",
    })
    void carryover(String basic, String project, String prior, String expected) {
        String sentence = FinanceSentences.carryover(2023, new Carryover(m(basic), m(project), null, m(prior)));
        assertThat(sentence).isEqualTo(expected);
    }

    @Test
    void carryoverWithSurplusNamesIt() {
        assertThat(FinanceSentences.carryover(2024, new Carryover(m("1.00"), m("2.00"), m("3.00"), m("5.00"))))
                .isEqualTo("2024年末一般公共预算财政拨款结转结余6.00万元（其中基本支出结转1.00万元，项目支出结转2.00万元，"
                        + "结余3.00万元），较2023年度增长20%。");
    }

    @Test
    void nothingEnteredGivesNoParagraph() {
        assertThat(FinanceSentences.carryover(2023, Carryover.EMPTY)).isEmpty();
        assertThat(FinanceSentences.income(2023, Finances.EMPTY)).isEmpty();
        assertThat(FinanceSentences.expenditure(2023, Finances.EMPTY)).isEmpty();
    }

    @Test
    void zeroTotalStatesTheTotalOnly() {
        Finances f = Finances.EMPTY.withIncome(IncomeSource.GENERAL_PUBLIC_BUDGET, m("0"))
                .withExpenditure(ExpenditureCategory.BASIC, m("0.00"));
        assertThat(FinanceSentences.income(2023, f)).isEqualTo("2023年度收入合计0万元。");
        assertThat(FinanceSentences.expenditure(2023, f)).isEqualTo("2023年度支出合计0万元。");
    }

    @Test
    void onlyEnteredSourcesAreNamedInEnumOrderWithShares() {
        Map<IncomeSource, BigDecimal> income = new EnumMap<>(IncomeSource.class);
        income.put(IncomeSource.OTHER, m("1.00"));
        income.put(IncomeSource.GENERAL_PUBLIC_BUDGET, m("2.00"));
        Finances f = Finances.EMPTY.withIncome(income);
        assertThat(FinanceSentences.income(2022, f)).isEqualTo(
                "2022年度收入合计3.00万元，其中：一般公共预算财政拨款收入2.00万元，占66.67%；其他收入1.00万元，占33.33%。");
    }

    @Test
    void sharesAreComputedFromTheFigures() {
        Finances f = Finances.EMPTY.withExpenditure(ExpenditureCategory.BASIC, m("1"))
                .withExpenditure(ExpenditureCategory.PROJECT, m("2"))
                .withExpenditure(ExpenditureCategory.BUSINESS, m("5"));
        assertThat(FinanceSentences.expenditure(2023, f)).isEqualTo("2023年度支出合计8.00万元，其中：基本支出1.00万元，"
                + "占12.50%；项目支出2.00万元，占25%；经营支出5.00万元，占62.50%。");
    }
}
