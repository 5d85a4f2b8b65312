package org.selfeval.recognise;

import java.math.BigDecimal;

/** The unit a figure is written with, and what kind of figure that makes it. */
public enum Unit {
    YUAN("元", Kind.AMOUNT, new BigDecimal("0.0001")),
    WAN_YUAN("万元", Kind.AMOUNT, BigDecimal.ONE),
    YI_YUAN("亿元", Kind.AMOUNT, new BigDecimal("10000")),
    PERCENT("%", Kind.PERCENT, BigDecimal.ONE),
    PERSONS("人", Kind.HEADCOUNT, BigDecimal.ONE),
    POSTS("名", Kind.HEADCOUNT, BigDecimal.ONE),
    ITEMS("个", Kind.COUNT, BigDecimal.ONE),
    ENTRIES("项", Kind.COUNT, BigDecimal.ONE),
    CLASSES("类", Kind.COUNT, BigDecimal.ONE),
    BODIES("家", Kind.COUNT, BigDecimal.ONE),
    POINTS("分", Kind.SCORE, BigDecimal.ONE);

    private final String written;
    private final Kind kind;
    private final BigDecimal toCanonical;

    Unit(String written, Kind kind, BigDecimal toCanonical) {
        this.written = written;
        this.kind = kind;
        this.toCanonical = toCanonical;
    }

    /** The unit as written in the text. */
    public String written() {
        return written;
    }

    public Kind kind() {
        return kind;
    }

    /** The value in the canonical unit of its kind: 万元 for amounts, the number itself otherwise. */
    BigDecimal canonical(BigDecimal value) {
        return this == WAN_YUAN || kind != Kind.AMOUNT ? value : value.multiply(toCanonical).stripTrailingZeros();
    }

    static Unit of(String written) {
        for (Unit u : values()) {
            if (u.written.equals(written)) {
                return u;
            }
        }
        throw new IllegalArgumentException(written);
    }
}
