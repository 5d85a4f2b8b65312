package org.selfeval.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfeval.audit.Fixtures.check;
import static org.selfeval.audit.Fixtures.d;

import org.junit.jupiter.api.Test;
import org.selfeval.model.Carryover;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Report;

class FinanceRulesTest {
    static final Finances FIGURES = Finances.EMPTY
            .withIncome(IncomeSource.GENERAL_PUBLIC_BUDGET, d("900.00"))
            .withIncome(IncomeSource.OTHER, d("100.00"))
            .withExpenditure(ExpenditureCategory.BASIC, d("700.00"))
            .withExpenditure(ExpenditureCategory.PROJECT, d("300.00"));

    static Report with(Finances f) {
        return Fixtures.report().withFinances(f);
    }

    @Test
    void r1IncomeTotalAndSourcesAgreeWithFigures() {
        String ok = "2023年度收入合计1000万元,其中:一般公共预算财政拨款收入900.00万元,占90%;其他收入100万元,占10%。";
        assertThat(check(new IncomeTextRule(), with(FIGURES.withIncomeText(ok)))).isEmpty();
        String wrong = "2023年度收入合计1100万元，其中：一般公共预算财政拨款收入1000万元，占90%；其他收入100万元，占10%。";
        assertThat(check(new IncomeTextRule(), with(FIGURES.withIncomeText(wrong)))).extracting(Finding::message).containsExactly(
                "收入段落写收入合计 1100 万元，但各项合计 1000.00 万元",
                "收入段落写一般公共预算财政拨款收入 1000 万元，但填报数为 900.00 万元");
    }

    @Test
    void r1GeneratedTextIsNotChecked() {
        assertThat(check(new IncomeTextRule(), with(FIGURES))).isEmpty();
    }

    @Test
    void r2IncomeSharesAreComputedFromTheFigures() {
        String ok = "收入合计1000万元，其中：一般公共预算财政拨款收入900万元，占90.00%；其他收入100万元，占10%。";
        assertThat(check(new IncomeShareRule(), with(FIGURES.withIncomeText(ok)))).isEmpty();
        String wrong = "收入合计1000万元，其中：一般公共预算财政拨款收入900万元，占80%；其他收入100万元占20%。";
        assertThat(check(new IncomeShareRule(), with(FIGURES.withIncomeText(wrong)))).extracting(Finding::message).containsExactly(
                "收入段落写一般公共预算财政拨款收入占 80%，按 900.00 ÷ 1000.00 应为 90.00%",
                "收入段落写其他收入占 20%，按 100.00 ÷ 1000.00 应为 10.00%");
    }

    @Test
    void r3aExpenditureAmountsAgreeWithFigures() {
        String ok = "支出合计1000.00万元，其中：基本支出700万元，占70%；项目支出300万元，占30%。";
        assertThat(check(new ExpenditureTextRule(), with(FIGURES.withExpenditureText(ok)))).isEmpty();
        String wrong = "支出合计999.99万元，其中：基本支出700万元，占70%；项目支出300万元，占30%。";
        assertThat(check(new ExpenditureTextRule(), with(FIGURES.withExpenditureText(wrong))))
                .singleElement().extracting(Finding::message).isEqualTo("支出段落写支出合计 999.99 万元，但各项合计 1000.00 万元");
    }

    @Test
    void r3bExpenditureSharesAgreeWithFigures() {
        String ok = "支出合计1000万元，其中：基本支出700万元，占70%；项目支出300万元，占30.00%；经营支出0万元，占0%。";
        assertThat(check(new ExpenditureShareRule(), with(FIGURES.withExpenditureText(ok)))).isEmpty();
        String wrong = "支出合计1000万元，其中：基本支出700万元，占70%；项目支出300万元，占33.33%。";
        assertThat(check(new ExpenditureShareRule(), with(FIGURES.withExpenditureText(wrong))))
                .singleElement().extracting(Finding::message).isEqualTo("支出段落写项目支出占 33.33%，按 300.00 ÷ 1000.00 应为 30.00%");
    }

    @Test
    void r4aCarryoverTotalAndPartsAgree() {
        Finances f = FIGURES.withCarryover(new Carryover(d("0"), d("48.76"), null, null));
        String ok = "2023年末一般公共预算财政拨款结转48.76万元(其中基本支出结转0万元,项目支出结转48.76万元)。";
        assertThat(check(new CarryoverTextRule(), with(f.withCarryoverText(ok)))).isEmpty();
        String wrong = "2023年末一般公共预算财政拨款结转50万元（其中基本支出结转0万元，项目支出结转50万元）。";
        assertThat(check(new CarryoverTextRule(), with(f.withCarryoverText(wrong)))).extracting(Finding::message).containsExactly(
                "结转段落写年末结转 50 万元，但基本支出结转 0.00 + 项目支出结转 48.76 = 48.76 万元",
                "结转段落写项目支出结转 50 万元，但填报数为 48.76 万元");
    }

    @Test
    void r4bChangeAgainstPriorYearIsChecked() {
        Finances f = FIGURES.withCarryover(new Carryover(d("0"), d("48.76"), null, d("49.43")));
        String ok = "2023年末结转48.76万元，较2022年度下降1.36%。";
        assertThat(check(new CarryoverChangeRule(), with(f.withCarryoverText(ok)))).isEmpty();
        String wrong = "2023年末结转48.76万元，较2022年度增长1.36%。";
        assertThat(check(new CarryoverChangeRule(), with(f.withCarryoverText(wrong)))).singleElement()
                .extracting(Finding::message).isEqualTo("结转段落写较上年增长1.36%，但年末结转 48.76 万元对上年末 49.43 万元应为下降 1.36%");
    }

    @Test
    void r5FlowIdentityHoldsWhenPriorYearIsStated() {
        Finances f = FIGURES.withIncome(IncomeSource.OTHER, d("99.33"))
                .withCarryover(new Carryover(d("0"), d("48.76"), null, d("49.43")));
        assertThat(check(new FlowIdentityRule(), with(f))).isEmpty();
        Finances broken = f.withCarryover(new Carryover(d("0"), d("40.00"), null, d("49.43")));
        assertThat(check(new FlowIdentityRule(), with(broken))).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).isEqualTo("年初结转结余 49.43 + 收入 999.33 − 支出 1000.00 = 48.76 万元，但年末结转结余为 40.00 万元");
        });
    }

    @Test
    void r5AsksForPriorYearWhenSpendingExceedsIncome() {
        Finances f = FIGURES.withIncome(IncomeSource.OTHER, d("99.33"))
                .withCarryover(new Carryover(d("0"), d("48.76"), null, null));
        assertThat(check(new FlowIdentityRule(), with(FIGURES))).isEmpty();
        assertThat(check(new FlowIdentityRule(), with(f.withCarryoverText("2023年末结转48.76万元，较2022年度下降1.36%。"))))
                .singleElement().satisfies(x -> {
                    assertThat(x.severity()).isEqualTo(Severity.WARNING);
                    assertThat(x.message()).startsWith("支出合计 1000.00 万元大于收入合计 999.33 万元（多 0.67 万元），但未写明年初结转结余")
                            .contains("上年末结转约 49.43 万元", "49.43 + 999.33 − 1000.00 = 48.76 万元，与年末结转 48.76 万元相符");
                });
    }
}
