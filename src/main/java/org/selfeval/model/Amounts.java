package org.selfeval.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Helpers for immutable enum-keyed amount maps. */
final class Amounts {
    private Amounts() {
    }

    /** An unmodifiable copy in enum order, amounts normalised to 万元 scale 2 and non-negative. */
    static <K extends Enum<K>> Map<K, BigDecimal> copy(Class<K> type, Map<K, BigDecimal> source) {
        EnumMap<K, BigDecimal> copy = new EnumMap<>(type);
        if (source != null) {
            source.forEach((k, v) -> {
                if (k != null && v != null) {
                    copy.put(k, Money.nonNegative(v));
                }
            });
        }
        return Collections.unmodifiableMap(copy);
    }

    static <K extends Enum<K>> Map<K, BigDecimal> with(Class<K> type, Map<K, BigDecimal> source, K key, BigDecimal value) {
        EnumMap<K, BigDecimal> copy = new EnumMap<>(type);
        copy.putAll(source);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy(type, copy);
    }
}
