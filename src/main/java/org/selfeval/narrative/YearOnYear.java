package org.selfeval.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.selfeval.model.Percent;

/**
 * A total against last year's: "较2022年度增加12.34万元，增长1.11%" (the 决算 说明's sentence form). The
 * change in 万元 and in percent of last year's total, both rounded HALF_UP to two decimals only here.
 *
 * @param change  this year − last year (万元, exact)
 * @param percent change ÷ last year × 100; empty when last year's total is zero
 */
public record YearOnYear(BigDecimal change, Optional<BigDecimal> percent) {

    public static Optional<YearOnYear> of(BigDecimal thisYear, BigDecimal lastYear) {
        if (thisYear == null || lastYear == null) {
            return Optional.empty();
        }
        BigDecimal change = thisYear.subtract(lastYear);
        return Optional.of(new YearOnYear(change, Percent.of(change.abs(), lastYear)));
    }

    /** The word for the amount: 增加 / 减少. */
    public String amountWord() {
        return change.signum() >= 0 ? "增加" : "减少";
    }

    /** The word for the percentage: 增长 / 下降. */
    public String percentWord() {
        return change.signum() >= 0 ? "增长" : "下降";
    }

    /** "较2022年度增加12.34万元，增长1.11%" or "与2022年度持平". */
    public String phrase(int lastYear) {
        if (change.setScale(2, RoundingMode.HALF_UP).signum() == 0) {
            return "与" + lastYear + "年度持平";
        }
        StringBuilder sb = new StringBuilder("较").append(lastYear).append("年度").append(amountWord())
                .append(Figures.amount(change.abs())).append("万元");
        percent.ifPresent(p -> sb.append("，").append(percentWord()).append(Figures.percent(p)).append('%'));
        return sb.toString();
    }
}
