package org.selfeval.profile;

import java.util.List;

/**
 * One section of a report outline: its heading (numbered by the printer, never here), whether the
 * heading runs into its first paragraph ("（一）机构组成。根据……"), the parts it prints and its
 * sub-sections.
 *
 * @param title    heading text without its number
 * @param runIn    true: the heading opens the first paragraph; false: a heading line of its own
 * @param parts    what the section prints, in order, before its sub-sections
 * @param sections sub-sections
 */
public record OutlineSection(String title, boolean runIn, List<OutlinePart> parts, List<OutlineSection> sections) {
    public OutlineSection {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("提纲中有没有标题的章节");
        }
        parts = parts == null ? List.of() : List.copyOf(parts);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
