package org.selfeval.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.selfeval.audit.FindingNotes;
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
 */
public record FindingsView(List<NotedFinding> noted, List<String> ids, List<FindingNote> orphans) {

    /** Without remembering earlier results (tests, a one-off display). */
    public static FindingsView of(List<NotedFinding> noted, List<FindingNote> notes) {
        return new Preparer().prepare(noted, notes);
    }

    /** Prepares results one after another on one thread, keeping the instances of unchanged findings. */
    public static final class Preparer {
        private Map<String, NotedFinding> last = new HashMap<>();

        public FindingsView prepare(List<NotedFinding> noted, List<FindingNote> notes) {
            Map<String, NotedFinding> next = new HashMap<>(noted.size() * 2);
            Map<String, Integer> occurrences = new HashMap<>();
            List<NotedFinding> out = new ArrayList<>(noted.size());
            List<String> ids = new ArrayList<>(noted.size());
            for (NotedFinding n : noted) {
                String key = n.finding().key();
                String id = key + "#" + occurrences.merge(key, 1, Integer::sum);
                NotedFinding before = last.get(id);
                NotedFinding kept = before != null && before.equals(n) ? before : n;
                next.put(id, kept);
                out.add(kept);
                ids.add(id);
            }
            last = next;
            List<FindingNote> orphans = FindingNotes.orphans(out.stream().map(NotedFinding::finding).toList(), notes);
            return new FindingsView(List.copyOf(out), List.copyOf(ids), orphans);
        }
    }
}
