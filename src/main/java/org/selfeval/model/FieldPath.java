package org.selfeval.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a value sits in a report, as steps from the report down: field names and list positions, written
 * in the dotted form of the report file ({@code finances.income.GENERAL_PUBLIC_BUDGET},
 * {@code projects[1].indicators[3].actual}). Paths compare step by step, so {@code projects[1]} is not a
 * prefix of {@code projects[12]} and {@code income} is not one of {@code incomeTotal}.
 *
 * @param steps the names ({@link String}) and positions ({@link Integer}) from the report down
 */
public record FieldPath(List<Object> steps) {
    /** The report as a whole (a finding about a chapter, not one field). */
    public static final FieldPath NONE = new FieldPath(List.of());

    public FieldPath {
        steps = List.copyOf(steps);
        for (Object s : steps) {
            if (!(s instanceof String name && !name.isEmpty()) && !(s instanceof Integer i && i >= 0)) {
                throw new IllegalArgumentException("not a step of a field path: " + s);
            }
        }
    }

    /**
     * Reads the dotted form. Text that is not a well-formed path (as an older file might hold) is kept
     * as one name, so it still round-trips and compares equal to itself.
     */
    public static FieldPath of(String dotted) {
        if (dotted == null || dotted.isEmpty()) {
            return NONE;
        }
        List<Object> steps = new ArrayList<>();
        int i = 0;
        int n = dotted.length();
        while (i < n) {
            char c = dotted.charAt(i);
            if (c == '[') {
                int end = dotted.indexOf(']', i);
                Integer index = end < 0 ? null : digits(dotted.substring(i + 1, end));
                if (index == null) {
                    return new FieldPath(List.of(dotted));
                }
                steps.add(index);
                i = end + 1;
                if (i < n && dotted.charAt(i) != '.' && dotted.charAt(i) != '[') {
                    return new FieldPath(List.of(dotted));
                }
            } else if (c == '.') {
                if (i == 0 || i == n - 1 || dotted.charAt(i + 1) == '.' || dotted.charAt(i + 1) == '[') {
                    return new FieldPath(List.of(dotted));
                }
                i++;
            } else {
                int end = i;
                while (end < n && dotted.charAt(end) != '.' && dotted.charAt(end) != '[') {
                    end++;
                }
                steps.add(dotted.substring(i, end));
                i = end;
            }
        }
        return new FieldPath(steps);
    }

    private static Integer digits(String s) {
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(s);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The enclosing path ({@code projects[1].name} → {@code projects[1]} → {@code projects}); NONE's is NONE. */
    public FieldPath parent() {
        return steps.isEmpty() ? this : new FieldPath(steps.subList(0, steps.size() - 1));
    }

    public FieldPath field(String name) {
        List<Object> more = new ArrayList<>(steps);
        more.add(name);
        return new FieldPath(more);
    }

    public FieldPath item(int index) {
        List<Object> more = new ArrayList<>(steps);
        more.add(index);
        return new FieldPath(more);
    }

    /** True for a position in a list ({@code projects[1]}, {@code …indicators[3]}): one item among several. */
    public boolean isItem() {
        return !steps.isEmpty() && steps.get(steps.size() - 1) instanceof Integer;
    }

    /** Whether this path is {@code other} or lies inside it, step by step. */
    public boolean isWithin(FieldPath other) {
        return other.steps.size() <= steps.size() && steps.subList(0, other.steps.size()).equals(other.steps);
    }

    /** The position right after a name at the start ({@code projects[3].name}, "projects" → 3). */
    public Optional<Integer> indexAfter(String name) {
        return steps.size() >= 2 && name.equals(steps.get(0)) && steps.get(1) instanceof Integer i
                ? Optional.of(i) : Optional.empty();
    }

    /** The dotted form, as the report file and the command line's JSON write it. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Object s : steps) {
            if (s instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else {
                if (!b.isEmpty()) {
                    b.append('.');
                }
                b.append(s);
            }
        }
        return b.toString();
    }
}
