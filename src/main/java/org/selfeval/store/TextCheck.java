package org.selfeval.store;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
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

    /** Each record class's components, looked up once (reflection allocates on every call). */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /** The path of the first text holding a lone surrogate, if any. */
    static Optional<String> loneSurrogate(Object value) {
        Deque<String> path = new ArrayDeque<>();
        return find(value, path) ? Optional.of(String.join("", path).replaceFirst("^\\.", "")) : Optional.empty();
    }

    /** True when {@code value} holds one; {@code path} then names where (its parts outermost first). */
    private static boolean find(Object value, Deque<String> path) {
        if (value instanceof CharSequence text) {
            return hasLoneSurrogate(text);
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                if (find(item, path)) {
                    path.addFirst("[" + i + "]");
                    return true;
                }
                i++;
            }
            return false;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (find(e.getValue(), path)) {
                    path.addFirst("[" + e.getKey() + "]");
                    return true;
                }
            }
            return false;
        }
        if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : COMPONENTS.get(value.getClass())) {
                Object field;
                try {
                    field = c.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    continue;
                }
                if (find(field, path)) {
                    path.addFirst("." + c.getName());
                    return true;
                }
            }
        }
        return false;
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
