package org.selfeval.edit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.FindingNote;
import org.selfeval.model.Report;

/** Sets or clears the clerk's 说明 for one finding key in {@link Report#findingNotes()}. */
public final class FindingNoteEdit {
    private FindingNoteEdit() {
    }

    /**
     * The report with {@code text} as the note of {@code findingKey}: replaced in place when the key
     * has a note, appended otherwise; a blank text removes the note.
     */
    public static Report withNote(Report report, String findingKey, String text) {
        String clean = text == null ? "" : text.strip();
        List<FindingNote> notes = new ArrayList<>();
        boolean placed = false;
        for (FindingNote n : report.findingNotes()) {
            if (!n.findingKey().equals(findingKey)) {
                notes.add(n);
            } else if (!placed && !clean.isEmpty()) {
                notes.add(new FindingNote(findingKey, clean));
                placed = true;
            }
        }
        if (!placed && !clean.isEmpty()) {
            notes.add(new FindingNote(findingKey, clean));
        }
        return report.withFindingNotes(notes);
    }
}
