package org.selfeval.recognise;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The readings of the paragraphs read last, by their text: an audit after a keystroke reads every
 * paragraph of the report again, all but one unchanged. Bounded (least recently used goes first);
 * safe to use from several threads; a paragraph is read outside the lock.
 */
final class RecentReadings {
    private final Map<String, Reading> recent;

    RecentReadings(int capacity) {
        this.recent = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Reading> eldest) {
                return size() > capacity;
            }
        };
    }

    Reading get(String paragraph, Function<String, Reading> read) {
        synchronized (recent) {
            Reading known = recent.get(paragraph);
            if (known != null) {
                return known;
            }
        }
        Reading reading = read.apply(paragraph);
        synchronized (recent) {
            recent.put(paragraph, reading);
        }
        return reading;
    }

    int size() {
        synchronized (recent) {
            return recent.size();
        }
    }
}
