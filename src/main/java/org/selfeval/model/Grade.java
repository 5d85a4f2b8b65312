package org.selfeval.model;

import java.math.BigDecimal;

/**
 * 评价等级 from a 100-point score (财预〔2020〕10号; 财政部预算司): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below.
 */
public enum Grade {
    EXCELLENT("优", "优秀", 90),
    GOOD("良", "良好", 80),
    FAIR("中", "中等", 60),
    POOR("差", "较差", 0);

    private final String label;
    private final String longLabel;
    private final BigDecimal floor;

    Grade(String label, String longLabel, int floor) {
        this.label = label;
        this.longLabel = longLabel;
        this.floor = BigDecimal.valueOf(floor);
    }

    public String label() {
        return label;
    }

    /** The wording used in 评价结论, e.g. 优秀 in "综合评定为优秀等次". */
    public String longLabel() {
        return longLabel;
    }

    public static Grade of(BigDecimal score) {
        for (Grade g : values()) {
            if (score.compareTo(g.floor) >= 0) {
                return g;
            }
        }
        return POOR;
    }
}
