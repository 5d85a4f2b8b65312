package org.selfeval.ui.chapter;

import javafx.scene.Node;
import org.selfeval.model.FieldPath;

/**
 * The form of one chapter (一 … 四, 附表). Built lazily by the shell the first time the clerk opens
 * the chapter, with the shared {@code ReportEditor}; it edits through the editor only and refreshes
 * itself from the editor's listener.
 */
public interface ChapterPane {
    /** The chapter key, one of {@code org.selfeval.audit.Location.CHAPTERS}. */
    String chapter();

    Node node();

    /** Moves the keyboard focus to the control that edits this field path; false if none here. */
    default boolean focus(FieldPath fieldPath) {
        return false;
    }
}
