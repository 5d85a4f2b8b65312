package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.math.BigDecimal;

/**
 * The "三公"经费 本年决算 by part, as 决算 table 7 (财政拨款"三公"经费支出决算表) gives them (万元).
 *
 * @param abroad          因公出国（境）费
 * @param vehiclePurchase 公务用车购置费
 * @param vehicleRunning  公务用车运行费
 * @param reception       公务接待费
 */
@RecordBuilder
public record ThreePublicParts(BigDecimal abroad, BigDecimal vehiclePurchase, BigDecimal vehicleRunning,
                               BigDecimal reception) implements ThreePublicPartsBuilder.With {
    public static final ThreePublicParts NONE = new ThreePublicParts(null, null, null, null);

    public ThreePublicParts {
        abroad = Money.nonNegative(abroad);
        vehiclePurchase = Money.nonNegative(vehiclePurchase);
        vehicleRunning = Money.nonNegative(vehicleRunning);
        reception = Money.nonNegative(reception);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The sum of the parts given; null when none is. */
    public BigDecimal sum() {
        if (isEmpty()) {
            return null;
        }
        return Money.orZero(abroad).add(Money.orZero(vehiclePurchase)).add(Money.orZero(vehicleRunning)).add(Money.orZero(reception));
    }
}
