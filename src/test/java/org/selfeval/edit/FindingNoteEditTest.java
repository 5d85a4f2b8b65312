package org.selfeval.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.model.Department;
import org.selfeval.model.FindingNote;
import org.selfeval.model.Report;

class FindingNoteEditTest {
    private final Report empty = Report.empty("r", 2023, new Department("某局", "某局"));

    @Test
    void addsReplacesInPlaceAndRemovesWithBlank() {
        Report one = FindingNoteEdit.withNote(empty, "R9@a", "  调整系上级追加  ");
        assertThat(one.findingNotes()).containsExactly(new FindingNote("R9@a", "调整系上级追加"));
        Report two = FindingNoteEdit.withNote(one, "R10@b", "原因二");
        Report replaced = FindingNoteEdit.withNote(two, "R9@a", "新的说明");
        assertThat(replaced.findingNotes()).containsExactly(new FindingNote("R9@a", "新的说明"), new FindingNote("R10@b", "原因二"));
        Report removed = FindingNoteEdit.withNote(replaced, "R9@a", " ");
        assertThat(removed.findingNotes()).containsExactly(new FindingNote("R10@b", "原因二"));
        assertThat(FindingNoteEdit.withNote(removed, "R11@c", "")).isEqualTo(removed);
    }

    @Test
    void theEditorUndoesANote() {
        ReportEditor editor = new ReportEditor(empty);
        editor.apply("note", r -> FindingNoteEdit.withNote(r, "R9@a", "说明"));
        assertThat(editor.current().findingNotes()).hasSize(1);
        editor.undo();
        assertThat(editor.current().findingNotes()).isEqualTo(List.of());
    }
}
