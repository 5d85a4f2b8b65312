package org.selfeval.model;

import java.util.Arrays;
import java.util.Optional;

/** 指标性质: the comparison sign of a quantitative target, or 定性. */
public enum IndicatorNature {
    /** "=": reach the value (0 target: stay at or below 0). */
    EQUAL("="),
    /** "≥": the larger the better. */
    AT_LEAST("≥"),
    /** "≤": the smaller the better (costs, time). */
    AT_MOST("≤"),
    /** ">": treated as ≥. */
    MORE_THAN(">"),
    /** "<": treated as ≤. */
    LESS_THAN("<"),
    /** 定性: scored by grade band. */
    QUALITATIVE("定性");

    private final String symbol;

    IndicatorNature(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isQuantitative() {
        return this != QUALITATIVE;
    }

    /** Reads the sign as clerks type it (≥, >=, ＞, 大于等于 …). */
    public static Optional<IndicatorNature> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return switch (t) {
            case "=", "＝", "等于" -> Optional.of(EQUAL);
            case "≥", ">=", "＞＝", "大于等于", "不低于" -> Optional.of(AT_LEAST);
            case "≤", "<=", "＜＝", "小于等于", "不高于" -> Optional.of(AT_MOST);
            case ">", "＞", "大于" -> Optional.of(MORE_THAN);
            case "<", "＜", "小于" -> Optional.of(LESS_THAN);
            case "定性" -> Optional.of(QUALITATIVE);
            default -> Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(t)).findFirst();
        };
    }
}
