package org.selfeval.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.selfeval.model.FindingNote;

/**
 * Pairs findings with the clerk's written 说明 ({@link FindingNote}) by {@link Finding#key()}. A
 * 警告 with a non-blank note stays in the list but counts as explained; a note never explains an
 * 错误 (it must be fixed) and is simply shown with a 提示.
 */
public final class FindingNotes {
    private FindingNotes() {
    }

    /**
     * A finding and its note, if any.
     *
     * @param finding the finding
     * @param note    the clerk's 说明 attached to its key
     */
    public record NotedFinding(Finding finding, Optional<FindingNote> note) {
        /** A 警告 that carries a written 说明. */
        public boolean explained() {
            return finding.severity() == Severity.WARNING && note.map(n -> !n.text().isBlank()).orElse(false);
        }

        /** Still needs the clerk: an 错误, or a 警告 without a 说明. */
        public boolean open() {
            return finding.severity() == Severity.ERROR || (finding.severity() == Severity.WARNING && !explained());
        }
    }

    public static List<NotedFinding> pair(List<Finding> findings, List<FindingNote> notes) {
        Map<String, FindingNote> byKey = new HashMap<>();
        for (FindingNote n : notes) {
            byKey.put(n.findingKey(), n);
        }
        List<NotedFinding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(new NotedFinding(f, Optional.ofNullable(byKey.get(f.key()))));
        }
        return out;
    }

    /** Notes whose finding is gone (fixed since), so the UI can offer to drop them. */
    public static List<FindingNote> orphans(List<Finding> findings, List<FindingNote> notes) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        findings.forEach(f -> keys.add(f.key()));
        return notes.stream().filter(n -> !keys.contains(n.findingKey())).toList();
    }
}
