package org.selfeval.model;

import java.math.BigDecimal;

/**
 * 评价等级. Where each begins is a regional setting ({@link GradeBands}); {@link #of(BigDecimal)} uses
 * the national bands (财预〔2020〕10号; 财政部预算司): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below.
 */
public enum Grade {
    EXCELLENT("优", "优秀"),
    GOOD("良", "良好"),
    FAIR("中", "中等"),
    POOR("差", "较差");

    private final String label;
    private final String longLabel;

    Grade(String label, String longLabel) {
        this.label = label;
        this.longLabel = longLabel;
    }

    public String label() {
        return label;
    }

    /** The wording used in 评价结论, e.g. 优秀 in "综合评定为优秀等次". */
    public String longLabel() {
        return longLabel;
    }

    /** The grade under the national bands. */
    public static Grade of(BigDecimal score) {
        return GradeBands.NATIONAL.gradeOf(score);
    }

    /** The grade under a region's bands. */
    public static Grade of(BigDecimal score, GradeBands bands) {
        return bands.gradeOf(score);
    }
}
