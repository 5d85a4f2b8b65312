package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.math.BigDecimal;

/**
 * (三)部门财政资金结转结余情况: the year-end 一般公共预算财政拨款 结转 and 结余.
 *
 * @param basic           基本支出结转 at year end
 * @param project         项目支出结转 at year end
 * @param surplus         结余 at year end; null = not stated
 * @param priorYearTotal  上年末结转结余 (= this year's 年初结转结余); null = not stated
 */
@RecordBuilder
public record Carryover(BigDecimal basic, BigDecimal project, BigDecimal surplus, BigDecimal priorYearTotal)
        implements CarryoverBuilder.With {
    public static final Carryover EMPTY = new Carryover(null, null, null, null);

    public Carryover {
        basic = Money.nonNegative(basic);
        project = Money.nonNegative(project);
        surplus = Money.nonNegative(surplus);
        priorYearTotal = Money.nonNegative(priorYearTotal);
    }

    /** 年末结转结余 = 基本支出结转 + 项目支出结转 + 结余. */
    public BigDecimal total() {
        return Money.orZero(basic).add(Money.orZero(project)).add(Money.orZero(surplus));
    }
}
