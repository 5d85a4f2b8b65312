package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.Percent;
import org.selfeval.model.QualitativeGrade;

/**
 * Whether an indicator row deviates from its target (R14): it falls short, or a "≥ / > / =" target
 * is exceeded by the profile's threshold or more (30 % in the seed's wording).
 *
 * @param over        true when completed far above target, false when short of it
 * @param description e.g. "完成值 130 高于指标值 100 达 30.00%"
 */
record Deviation(boolean over, String description) {

    static Optional<Deviation> of(Indicator row, BigDecimal thresholdPct) {
        if (!row.nature().isQuantitative()) {
            if (row.grade() != null && row.grade() != QualitativeGrade.ACHIEVED) {
                return Optional.of(new Deviation(false, "定性等级为“" + row.grade().label() + "”"));
            }
            return Optional.empty();
        }
        Optional<BigDecimal> target = CellNumbers.parse(row.target());
        Optional<BigDecimal> actual = CellNumbers.parse(row.actual());
        if (target.isEmpty() || actual.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal t = target.get();
        BigDecimal a = actual.get();
        boolean reverse = row.nature() == IndicatorNature.AT_MOST || row.nature() == IndicatorNature.LESS_THAN;
        if (reverse ? a.compareTo(t) > 0 : a.compareTo(t) < 0) {
            return Optional.of(new Deviation(false, "完成值 " + row.actual() + " " + (reverse ? "高于" : "低于") + "指标值 "
                    + row.nature().symbol() + row.target()));
        }
        // over-completion: (a − t) / t ≥ threshold %, compared as a × 100 ≥ t × (100 + threshold)
        if (!reverse && t.signum() > 0 && a.multiply(Percent.HUNDRED).compareTo(t.multiply(Percent.HUNDRED.add(thresholdPct))) >= 0) {
            BigDecimal excess = Percent.of(a.subtract(t), t).orElseThrow();
            return Optional.of(new Deviation(true, "完成值 " + row.actual() + " 高于指标值 " + row.target() + " 达 "
                    + Compare.percent(excess) + "（≥ " + Compare.score(thresholdPct) + "%）"));
        }
        return Optional.empty();
    }
}
