package org.selfeval.recognise;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What was worked out lately from a paragraph (its reading, its punctuation check), by its text: an
 * audit after a keystroke looks at every paragraph of the report again, all but one unchanged. Bounded
 * (least recently used goes first); safe to use from several threads; a paragraph is worked on outside
 * the lock. Only for results that depend on the text alone.
 */
public final class RecentByText<V> {
    private final Map<String, V> recent;

    public RecentByText(int capacity) {
        this.recent = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** What {@code work} gives for {@code paragraph} (not null), from the last time if it was asked lately. */
    public V get(String paragraph, Function<String, V> work) {
        synchronized (recent) {
            V known = recent.get(paragraph);
            if (known != null) {
                return known;
            }
        }
        V result = work.apply(paragraph);
        synchronized (recent) {
            recent.put(paragraph, result);
        }
        return result;
    }

    int size() {
        synchronized (recent) {
            return recent.size();
        }
    }
}
