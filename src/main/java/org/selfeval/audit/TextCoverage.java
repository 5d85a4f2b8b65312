package org.selfeval.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.selfeval.model.Report;
import org.selfeval.recognise.Recogniser;

/**
 * Which of the clerk's paragraphs the audit checked against the figures, and which state figures it
 * could not read, so that "no finding" does not hide what was not understood. A paragraph is checked
 * when a rule compared at least one of its figures; it is unread when the rules that read such
 * paragraphs found figures in it but none they could compare.
 *
 * @param checked paragraphs with at least one figure compared
 * @param unread  paragraphs with figures of which none could be compared
 */
public record TextCoverage(List<ReadsText.Read> checked, List<ReadsText.Read> unread) {
    public TextCoverage {
        checked = List.copyOf(checked);
        unread = List.copyOf(unread);
    }

    static TextCoverage of(Report report, List<AuditRule> rules) {
        Map<String, ReadsText.Read> byPath = new LinkedHashMap<>();
        for (AuditRule rule : rules) {
            if (rule instanceof ReadsText reader) {
                for (ReadsText.Read read : reader.reads(report)) {
                    byPath.merge(read.location().path(), read, (a, b) -> a.compared() ? a : b);
                }
            }
        }
        List<ReadsText.Read> checked = new ArrayList<>();
        List<ReadsText.Read> unread = new ArrayList<>();
        for (ReadsText.Read read : byPath.values()) {
            if (read.compared()) {
                checked.add(read);
            } else if (Recogniser.read(read.text()).hasFigures()) {
                unread.add(read);
            }
        }
        return new TextCoverage(checked, unread);
    }
}
