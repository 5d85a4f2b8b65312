package org.selfeval.intake;

import java.util.Objects;

/**
 * The stable name of an import target, e.g. {@code finances.income.GENERAL_PUBLIC_BUDGET}: what the
 * command line's JSON preview prints and what a clerk's ticks are remembered by.
 */
public record TargetKey(String value) implements Comparable<TargetKey> {
    public TargetKey {
        Objects.requireNonNull(value);
        if (value.isBlank()) {
            throw new IllegalArgumentException("empty target key");
        }
    }

    @Override
    public int compareTo(TargetKey o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
