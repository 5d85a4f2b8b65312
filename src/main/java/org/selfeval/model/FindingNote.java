package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * The clerk's written 说明 for an audit finding (a 警告 explained rather than fixed).
 *
 * @param findingKey the finding's stable key: rule id and location, e.g. {@code R9@projects[0].funds}
 * @param text       the explanation, printed in the 审核说明 appendix
 */
@RecordBuilder
public record FindingNote(String findingKey, String text) implements FindingNoteBuilder.With {
    public FindingNote {
        findingKey = findingKey == null ? "" : findingKey;
        text = text == null ? "" : text;
    }
}
