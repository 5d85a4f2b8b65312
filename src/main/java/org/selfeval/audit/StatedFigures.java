package org.selfeval.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.Stated;

/**
 * How a figure a table states is compared with the figure computed from its rows (domain.md §3,
 * tolerance): at two decimals, exactly, unless the parts carry more decimals than are shown, when a
 * difference of 0.01 is rounding. A stated blank never agrees: the cell must be filled.
 */
final class StatedFigures {
    static final BigDecimal CENT = new BigDecimal("0.01");

    private StatedFigures() {
    }

    /** The disagreement of a stated figure with the computed one, as a phrase; empty when they agree. */
    static Optional<String> disagreement(Stated stated, BigDecimal computed, boolean finerParts, String unit) {
        if (stated == null || computed == null) {
            return Optional.empty();
        }
        String should = show(computed) + unit;
        if (stated.isBlank()) {
            return Optional.of("未填（按各行应为 " + should + "）");
        }
        BigDecimal diff = stated.value().subtract(computed.setScale(2, RoundingMode.HALF_UP)).abs();
        if (diff.signum() == 0 || finerParts && diff.compareTo(CENT) <= 0) {
            return Optional.empty();
        }
        return Optional.of("填 " + show(stated.value()) + unit + "，按各行应为 " + should);
    }

    /** The finding of a chapter 二 total the document states, against the sum of its parts; none when they agree. */
    static List<Finding> chapterTotal(String ruleId, String label, Stated stated, BigDecimal sum,
                                      Collection<BigDecimal> parts, String path, String source) {
        return disagreement(stated, sum, finer(parts.toArray(BigDecimal[]::new)), " 万元")
                .map(d -> List.of(new Finding(ruleId, Severity.ERROR, label + d, new Location(Location.FINANCES, path), source)))
                .orElse(List.of());
    }

    /** Whether any of the amounts carries more than two decimals. */
    static boolean finer(BigDecimal... amounts) {
        for (BigDecimal a : amounts) {
            if (a != null && a.stripTrailingZeros().scale() > 2) {
                return true;
            }
        }
        return false;
    }

    static String show(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
