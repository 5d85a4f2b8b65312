package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * One item of an ordered list of prose (a 工作任务, a 履职 sub-item): a short title and its text.
 * The app numbers items itself (一是…, (一)…), so neither field carries a number.
 */
@RecordBuilder
public record TextItem(String title, String body) implements TextItemBuilder.With {
    public TextItem {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
    }
}
