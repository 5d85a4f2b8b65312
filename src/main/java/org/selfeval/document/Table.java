package org.selfeval.document;

import java.util.List;

/**
 * A ruled table in the body (e.g. income by source with shares).
 *
 * @param caption        title above the table, may be empty
 * @param header         column headings
 * @param rows           cell texts, already formatted (amounts with 2 decimals)
 * @param numericColumns indexes of the columns to align right
 */
public record Table(String caption, List<String> header, List<List<String>> rows, List<Integer> numericColumns)
        implements Block {
    public Table {
        caption = caption == null ? "" : caption;
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        numericColumns = numericColumns == null ? List.of() : List.copyOf(numericColumns);
    }
}
