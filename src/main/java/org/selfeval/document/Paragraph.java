package org.selfeval.document;

/**
 * A body paragraph, indented two characters. It may open with a run-in heading, as in
 * "（一）机构组成。根据……", printed in that heading's face and followed by the text on the same line.
 *
 * @param runIn heading that opens the paragraph, or null
 * @param text  the paragraph text
 */
public record Paragraph(Heading runIn, String text) implements Block {
    public Paragraph {
        text = text == null ? "" : text;
    }

    public static Paragraph of(String text) {
        return new Paragraph(null, text);
    }
}
