package org.selfeval.intake.published;

import java.util.List;

/**
 * The text of a published report as one format's reader gives it (报告正文): its paragraphs in order,
 * and what the reader had to leave out or assume, for the preview's notices.
 *
 * @param paragraphs the paragraphs, trimmed, none empty
 * @param notices    what was left out or assumed on reading (tables skipped, the encoding used …)
 */
record ReportText(List<String> paragraphs, List<String> notices) {
    ReportText {
        paragraphs = paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        notices = List.copyOf(notices);
    }
}
