package org.selfeval.model;

import java.math.BigDecimal;

/**
 * Where the 评价等级 begin on a 100-point score: a regional setting. Nationally (财预〔2020〕10号;
 * 财政部预算司) 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below; some systems use 80 / 70 / 60.
 *
 * @param excellent lowest score graded 优
 * @param good      lowest score graded 良
 * @param fair      lowest score graded 中
 */
public record GradeBands(BigDecimal excellent, BigDecimal good, BigDecimal fair) {
    public static final GradeBands NATIONAL = new GradeBands(BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(60));

    public GradeBands {
        if (excellent == null || good == null || fair == null) {
            throw new IllegalArgumentException("等级分数线不完整");
        }
        if (!(excellent.compareTo(good) > 0 && good.compareTo(fair) > 0 && fair.signum() >= 0
                && excellent.compareTo(Scores.HUNDRED) <= 0)) {
            throw new IllegalArgumentException("等级分数线应满足 100 ≥ 优 > 良 > 中 ≥ 0：" + excellent + " / " + good + " / " + fair);
        }
    }

    public Grade gradeOf(BigDecimal score) {
        if (score.compareTo(excellent) >= 0) {
            return Grade.EXCELLENT;
        }
        if (score.compareTo(good) >= 0) {
            return Grade.GOOD;
        }
        if (score.compareTo(fair) >= 0) {
            return Grade.FAIR;
        }
        return Grade.POOR;
    }

    /** The lowest score of a grade under these bands. */
    public BigDecimal floorOf(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> excellent;
            case GOOD -> good;
            case FAIR -> fair;
            case POOR -> BigDecimal.ZERO;
        };
    }
}
