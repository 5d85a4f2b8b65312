package org.selfeval.document;

/**
 * A body paragraph, indented two characters. It may open with a run-in heading, as in
 * "（一）机构组成。根据……", printed in that heading's face and followed by the text on the same line.
 * The run-in heading's title carries its own full stop ({@code new Heading(2, "（一）", "机构组成。")}),
 * so a writer prints {@code runIn.text()} and then {@code text} with nothing in between.
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
