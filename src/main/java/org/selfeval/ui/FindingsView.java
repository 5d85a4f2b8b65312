package org.selfeval.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.selfeval.audit.FindingNotes;
import org.selfeval.audit.Severity;
import org.selfeval.audit.FindingNotes.NotedFinding;
import org.selfeval.model.FindingNote;

/**
 * One audit result made ready for the findings pane off the FX thread: each finding with the id
 * its line is found again by (key and occurrence), and the notes whose finding is gone. A
 * {@link Preparer} hands out the very same {@link NotedFinding} instance for a finding that did not
 * change since its last result, so the pane tells an unchanged line by identity, at no cost.
 *
 * @param noted   the findings with their notes, in the audit's order
 * @param ids     the id of each, same order
 * @param orphans the notes whose finding is gone
 * @param chapters the tally of each chapter that has findings, by chapter key, in the audit's order
 * @param all     the tally of all findings
 * @param since   where each finding stood in the result prepared before this one
 */
public record FindingsView(List<NotedFinding> noted, List<String> ids, List<FindingNote> orphans,
        Map<String, Tally> chapters, Tally all, Alignment since) {

    /**
     * This result against the one its preparer made just before (the {@code base}, told by its
     * number): for each finding the index of the same finding (same id) there, or -1 when it is new,
     * and the indexes there whose finding is gone. A pane that shows the base updates its lines from
     * these by index, without looking a finding up by its id.
     */
    public static final class Alignment {
        private static final java.util.concurrent.atomic.AtomicLong NUMBERS = new java.util.concurrent.atomic.AtomicLong();
        private final long number = NUMBERS.incrementAndGet();
        private final long base;
        private final int[] before;
        private final int[] gone;

        Alignment(long base, int[] before, int[] gone) {
            this.base = base;
            this.before = before;
            this.gone = gone;
        }

        /** This result's number, unique in the process. */
        public long number() {
            return number;
        }

        /** The number of the result this one is aligned with (0: none). */
        public long base() {
            return base;
        }

        /** The index in the base of the i-th finding, or -1 when it is new. */
        public int before(int i) {
            return before[i];
        }

        /** The indexes in the base of the findings that are gone. */
        public int[] gone() {
            return gone.clone();
        }
    }

    /** How many findings of each severity, and how many warnings carry a 说明 (explained). */
    public record Tally(Map<Severity, Integer> counts, int explained) {
        static Tally of(List<NotedFinding> noted) {
            Map<Severity, Integer> n = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) {
                n.put(s, 0);
            }
            int explained = 0;
            for (NotedFinding f : noted) {
                n.merge(f.finding().severity(), 1, Integer::sum);
                explained += f.explained() ? 1 : 0;
            }
            return new Tally(Collections.unmodifiableMap(n), explained);
        }

        public int count(Severity severity) {
            return counts.get(severity);
        }
    }

    /** Without remembering earlier results (tests, a one-off display). */
    public static FindingsView of(List<NotedFinding> noted, List<FindingNote> notes) {
        return new Preparer().prepare(noted, notes);
    }

    /** Prepares results one after another on one thread, keeping the instances of unchanged findings. */
    public static final class Preparer {
        private record Earlier(int index, NotedFinding noted) {
        }

        private Map<String, Earlier> last = new HashMap<>();
        private long lastNumber;

        public FindingsView prepare(List<NotedFinding> noted, List<FindingNote> notes) {
            Map<String, Earlier> next = new HashMap<>(noted.size() * 2);
            Map<String, Integer> occurrences = new HashMap<>();
            List<NotedFinding> out = new ArrayList<>(noted.size());
            List<String> ids = new ArrayList<>(noted.size());
            int[] before = new int[noted.size()];
            boolean[] stays = new boolean[last.size()];
            for (NotedFinding n : noted) {
                String key = n.finding().key();
                String id = key + "#" + occurrences.merge(key, 1, Integer::sum);
                Earlier earlier = last.get(id);
                NotedFinding kept = earlier != null && earlier.noted().equals(n) ? earlier.noted() : n;
                before[out.size()] = earlier == null ? -1 : earlier.index();
                if (earlier != null) {
                    stays[earlier.index()] = true;
                }
                next.put(id, new Earlier(out.size(), kept));
                out.add(kept);
                ids.add(id);
            }
            int[] gone = java.util.stream.IntStream.range(0, stays.length).filter(j -> !stays[j]).toArray();
            Alignment since = new Alignment(lastNumber, before, gone);
            last = next;
            lastNumber = since.number();
            List<FindingNote> orphans = FindingNotes.orphans(out.stream().map(NotedFinding::finding).toList(), notes);
            Map<String, List<NotedFinding>> byChapter = new LinkedHashMap<>();
            for (NotedFinding n : out) {
                byChapter.computeIfAbsent(n.finding().location().chapter(), c -> new ArrayList<>()).add(n);
            }
            Map<String, Tally> chapters = new LinkedHashMap<>();
            byChapter.forEach((chapter, list) -> chapters.put(chapter, Tally.of(list)));
            return new FindingsView(List.copyOf(out), List.copyOf(ids), orphans, Collections.unmodifiableMap(chapters),
                    Tally.of(out), since);
        }
    }
}
