package org.selfeval.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A section of the outline before numbering: its title, its body and its sub-sections. A run-in
 * section opens its first paragraph ("（一）机构组成。根据……"); a plain one gets a heading line of its own.
 * Emitting numbers the sections that are kept, so numbering is always consecutive.
 */
final class Section {
    private final String title;
    private final boolean runIn;
    private final List<Block> body = new ArrayList<>(4);
    private final List<Section> children = new ArrayList<>(4);

    private Section(String title, boolean runIn) {
        this.title = title;
        this.runIn = runIn;
    }

    static Section heading(String title) {
        return new Section(title, false);
    }

    static Section runIn(String title) {
        return new Section(title, true);
    }

    /** Adds a paragraph unless the text is blank. */
    Section text(String text) {
        if (text != null && !text.isBlank()) {
            body.add(Paragraph.of(text.strip()));
        }
        return this;
    }

    Section block(Block block) {
        body.add(block);
        return this;
    }

    Section child(Section child) {
        children.add(child);
        return this;
    }

    /** True when neither the section nor any sub-section has a paragraph with text. */
    boolean isEmpty() {
        for (Block b : body) {
            if (b instanceof Paragraph) {
                return false;
            }
        }
        for (Section c : children) {
            if (!c.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Appends the section's blocks. An empty section is dropped (its tables and charts show nothing
     * then either) unless placeholders are asked for.
     *
     * @return whether anything was emitted (so the caller numbers on)
     */
    boolean emit(int level, int index, boolean placeholders, List<Block> out) {
        boolean empty = isEmpty();
        if (empty && !placeholders) {
            return false;
        }
        Heading heading = new Heading(level, HeadingNumbers.label(level, index),
                runIn ? withStop(title) : title);
        int start = 0;
        if (runIn && !body.isEmpty() && body.get(0) instanceof Paragraph p) {
            out.add(new Paragraph(heading, p.text()));
            start = 1;
        } else if (runIn && body.isEmpty() && children.isEmpty()) {
            out.add(new Paragraph(heading, DocumentOptions.PLACEHOLDER));
            return true;
        } else {
            out.add(runIn ? new Heading(level, heading.label(), title) : heading);
            if (empty && children.isEmpty()) {
                out.add(Paragraph.of(DocumentOptions.PLACEHOLDER));
            }
        }
        for (int i = start; i < body.size(); i++) {
            out.add(body.get(i));
        }
        int n = 0;
        for (Section c : children) {
            if (c.emit(level + 1, n + 1, placeholders, out)) {
                n++;
            }
        }
        return true;
    }

    /** A run-in title ends with a full stop: "机构组成。". */
    static String withStop(String title) {
        if (title.isEmpty()) {
            return title;
        }
        char last = title.charAt(title.length() - 1);
        return "。！？：".indexOf(last) >= 0 ? title : title + "。";
    }
}
