package org.selfeval.document;

/** A block of the printed report, in reading order. Consumed by the PDF and DOCX writers and the preview. */
public sealed interface Block permits Heading, Paragraph, Table, ChartBlock {
}
