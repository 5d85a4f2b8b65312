package org.selfeval.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.function.Function;
import org.selfeval.model.Carryover;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Money;
import org.selfeval.model.Percent;

/**
 * The paragraphs of 二、部门财政资金收支情况 (domain.md §2.2 templates). A source or category is named
 * when an amount was entered for it, zero included (the seed names every source with "0万元"); one
 * never entered is left out. With a zero total no share can be computed: the sentence states the
 * total only. With nothing entered the paragraph is empty.
 */
public final class FinanceSentences {
    private FinanceSentences() {
    }

    /** "2023年度收入合计1123.58万元，其中：一般公共预算财政拨款收入1123.58万元，占100%；…。" */
    public static String income(int year, Finances finances) {
        String text = breakdown(year, "收入合计", finances.income(), finances.incomeTotal(), IncomeSource::label);
        return text + againstLastYear(year, text, "收入合计", finances.incomeTotal(), finances.priorIncomeTotal());
    }

    /** "2023年度支出合计1124.25万元，其中：基本支出878.87万元，占78.17%；…。" */
    public static String expenditure(int year, Finances finances) {
        String text = breakdown(year, "支出合计", finances.expenditure(), finances.expenditureTotal(),
                ExpenditureCategory::label);
        if (!text.isEmpty() && finances.hasBasicSplit()) {
            text += basicSplit(finances);
        }
        return text + againstLastYear(year, text, "支出合计", finances.expenditureTotal(), finances.priorExpenditureTotal());
    }

    /** "基本支出中，人员经费56.78万元，公用经费822.09万元。" (决算 table 6). */
    static String basicSplit(Finances f) {
        StringBuilder sb = new StringBuilder("基本支出中，");
        if (f.personnelExpenses() != null) {
            sb.append("人员经费");
            Figures.amountWan(sb, f.personnelExpenses());
        }
        if (f.publicExpenses() != null) {
            sb.append(f.personnelExpenses() != null ? "，" : "").append("公用经费");
            Figures.amountWan(sb, f.publicExpenses());
        }
        return sb.append('。').toString();
    }

    /** "收入合计较2022年度增加12.34万元，增长1.11%。" when last year's total is known. */
    static String againstLastYear(int year, String text, String label, BigDecimal total, BigDecimal prior) {
        if (text.isEmpty()) {
            return "";
        }
        return YearOnYear.of(total, prior).map(y -> label + y.phrase(year - 1) + "。").orElse("");
    }

    private static <K extends Enum<K>> String breakdown(int year, String totalLabel, Map<K, BigDecimal> parts,
                                                        BigDecimal total, Function<K, String> label) {
        if (parts.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(32 + parts.size() * 40);
        sb.append(year).append("年度").append(totalLabel);
        Figures.amountWan(sb, total);
        if (total.signum() == 0) {
            return sb.append('。').toString();
        }
        sb.append("，其中：");
        boolean first = true;
        for (Map.Entry<K, BigDecimal> e : parts.entrySet()) {
            if (!first) {
                sb.append('；');
            }
            first = false;
            sb.append(label.apply(e.getKey()));
            Figures.amountWan(sb, e.getValue()).append("，占");
            Figures.percentSign(sb, share(e.getValue(), total));
        }
        return sb.append('。').toString();
    }

    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return Money.orZero(part).multiply(Percent.HUNDRED).divide(whole, 10, RoundingMode.HALF_UP);
    }

    /**
     * "2023年末一般公共预算财政拨款结转48.76万元（其中基本支出结转0万元，项目支出结转48.76万元），较2022年度下降1.36%。"
     * With a 结余 stated the figure is 结转结余 and the 结余 is named. The comparison with the prior year
     * appears only when the prior year-end total is known: 增长 / 下降 p %, 持平, or "2022年末无结转结余"
     * when it was zero.
     */
    public static String carryover(int year, Carryover c) {
        if (c.basic() == null && c.project() == null && c.surplus() == null) {
            return "";
        }
        boolean withSurplus = c.surplus() != null;
        StringBuilder sb = new StringBuilder(120);
        sb.append(year).append("年末一般公共预算财政拨款").append(withSurplus ? "结转结余" : "结转");
        Figures.amountWan(sb, c.total()).append("（其中基本支出结转");
        Figures.amountWan(sb, c.basic()).append("，项目支出结转");
        Figures.amountWan(sb, c.project());
        if (withSurplus) {
            sb.append("，结余");
            Figures.amountWan(sb, c.surplus());
        }
        sb.append('）');
        BigDecimal prior = c.priorYearTotal();
        if (prior != null) {
            int priorYear = year - 1;
            if (prior.signum() == 0) {
                sb.append("，").append(priorYear).append("年末无结转结余");
            } else {
                BigDecimal change = c.total().subtract(prior).multiply(Percent.HUNDRED)
                        .divide(prior, 10, RoundingMode.HALF_UP);
                BigDecimal shown = change.setScale(2, RoundingMode.HALF_UP);
                if (shown.signum() == 0) {
                    sb.append("，与").append(priorYear).append("年度持平");
                } else {
                    sb.append("，较").append(priorYear).append("年度").append(shown.signum() > 0 ? "增长" : "下降");
                    Figures.percentSign(sb, shown.abs());
                }
            }
        }
        return sb.append('。').toString();
    }
}
