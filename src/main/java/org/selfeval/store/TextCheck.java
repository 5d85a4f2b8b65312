package org.selfeval.store;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Finds text SQLite cannot store as written: a lone UTF-16 surrogate becomes "?" on its way to UTF-8,
 * which would change the clerk's text silently. Walks the report's records, lists and maps and names
 * the first such field ({@code projects[2].name}).
 */
final class TextCheck {
    private TextCheck() {
    }

    /** The path of the first text holding a lone surrogate, if any. */
    static Optional<String> loneSurrogate(Object value) {
        return find(value, "");
    }

    private static Optional<String> find(Object value, String path) {
        if (value instanceof CharSequence text) {
            return hasLoneSurrogate(text) ? Optional.of(path) : Optional.empty();
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                Optional<String> found = find(item, path + "[" + i++ + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Optional<String> found = find(e.getValue(), path + "[" + e.getKey() + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                Object field;
                try {
                    field = c.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    continue;
                }
                Optional<String> found = find(field, path.isEmpty() ? c.getName() : path + "." + c.getName());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    static boolean hasLoneSurrogate(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
