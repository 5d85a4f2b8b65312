package org.selfeval.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.selfeval.model.Report;

/** Runs the rule catalogue over a report. Pure and thread-safe; the same in the window and the CLI. */
public final class Auditor {
    private static final Comparator<Finding> BY_CHAPTER_THEN_SEVERITY =
            Comparator.comparingInt((Finding f) -> Location.CHAPTERS.indexOf(f.location().chapter()))
                    .thenComparing(Finding::severity);
    private final List<AuditRule> rules;

    public Auditor(List<AuditRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The full catalogue. */
    public static Auditor standard() {
        return new Auditor(RuleCatalogue.all());
    }

    public List<Finding> audit(Report report) {
        return audit(report, AuditContext.of(report));
    }

    public List<Finding> audit(Report report, AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        for (AuditRule rule : rules) {
            findings.addAll(rule.check(report, context));
        }
        findings.sort(BY_CHAPTER_THEN_SEVERITY);
        return findings;
    }

    /** Which of the clerk's paragraphs the rules checked against the figures, and which they could not read. */
    public TextCoverage coverage(Report report) {
        return TextCoverage.of(report, rules);
    }

    /** The findings of the report paired with the clerk's 说明 (see {@link FindingNotes}). */
    public List<FindingNotes.NotedFinding> auditWithNotes(Report report) {
        return FindingNotes.pair(audit(report), report.findingNotes());
    }

    public List<AuditRule> rules() {
        return rules;
    }
}
