package org.selfeval.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.selfeval.model.Carryover;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.Money;
import org.selfeval.model.Percent;

/**
 * The ruled tables of the report body. Cells are formatted as in the 决算 tables: amounts with two
 * decimals ("0.00" included), shares in % with two decimals, "—" where no share can be computed.
 */
final class FinanceTables {
    static final String DASH = "—";
    private static final List<Integer> AMOUNT_AND_SHARE = List.of(1, 2);

    private FinanceTables() {
    }

    static Table income(int year, Finances f) {
        return breakdown(year + "年度收入情况表", "收入来源", f.income(), f.incomeTotal(), IncomeSource::label);
    }

    static Table expenditure(int year, Finances f) {
        return breakdown(year + "年度支出情况表", "支出类别", f.expenditure(), f.expenditureTotal(),
                ExpenditureCategory::label);
    }

    private static <K> Table breakdown(String caption, String what, Map<K, BigDecimal> parts, BigDecimal total,
                                       Function<K, String> label) {
        List<List<String>> rows = new ArrayList<>(parts.size() + 1);
        for (Map.Entry<K, BigDecimal> e : parts.entrySet()) {
            rows.add(List.of(label.apply(e.getKey()), Money.format(e.getValue()), share(e.getValue(), total)));
        }
        rows.add(List.of("合计", Money.format(total), total.signum() == 0 ? DASH : "100.00"));
        return new Table(caption, List.of(what, "金额（万元）", "占比（%）"), rows, AMOUNT_AND_SHARE);
    }

    private static String share(BigDecimal part, BigDecimal total) {
        return Percent.rounded(part, total).map(BigDecimal::toPlainString).orElse(DASH);
    }

    /** 结转结余: 基本支出结转, 项目支出结转, 结余 (when stated), 合计, and the prior year when known. */
    static Table carryover(int year, Carryover c) {
        List<List<String>> rows = new ArrayList<>(6);
        rows.add(List.of("基本支出结转", Money.format(Money.orZero(c.basic()))));
        rows.add(List.of("项目支出结转", Money.format(Money.orZero(c.project()))));
        if (c.surplus() != null) {
            rows.add(List.of("结余", Money.format(c.surplus())));
        }
        rows.add(List.of(year + "年末结转结余合计", Money.format(c.total())));
        BigDecimal prior = c.priorYearTotal();
        if (prior != null) {
            rows.add(List.of((year - 1) + "年末结转结余", Money.format(prior)));
            String change = prior.signum() == 0 ? DASH
                    : c.total().subtract(prior).multiply(Percent.HUNDRED)
                    .divide(prior, 2, RoundingMode.HALF_UP).toPlainString();
            rows.add(List.of("较上年增减（%）", change));
        }
        return new Table(year + "年末一般公共预算财政拨款结转结余表", List.of("项目", "金额（万元）"), rows, List.of(1));
    }

    /** The department-level indicator table of 一(四). */
    static Table indicators(List<Indicator> rows) {
        List<List<String>> cells = new ArrayList<>(rows.size());
        for (Indicator r : rows) {
            cells.add(List.of(r.level1(), r.level2(), r.name(), r.nature().symbol(), r.target(), r.unit(), r.actual()));
        }
        return new Table("部门整体支出绩效指标表",
                List.of("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值"), cells, List.of());
    }
}
