package org.selfeval.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.selfeval.model.Report;

/**
 * Runs the rule catalogue over a report. Thread-safe, and its findings are those of the rules alone;
 * the same in the window and the CLI. It remembers the findings of the last audit's projects for the
 * rules that look at one project at a time, so keep one auditor for a series of audits of one report.
 */
public final class Auditor {
    private static final Comparator<Finding> BY_CHAPTER_THEN_SEVERITY =
            Comparator.comparingInt((Finding f) -> Location.CHAPTERS.indexOf(f.location().chapter()))
                    .thenComparing(Finding::severity);
    private final List<AuditRule> rules;
    /** For each rule that looks at one project at a time, the findings of the last audit's projects. */
    private final Map<AuditRule, ProjectFindingsMemo> byProject = new IdentityHashMap<>();

    public Auditor(List<AuditRule> rules) {
        this.rules = List.copyOf(rules);
        for (AuditRule rule : this.rules) {
            if (rule instanceof ProjectRule p) {
                byProject.put(rule, new ProjectFindingsMemo(p));
            }
        }
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
            ProjectFindingsMemo memo = byProject.get(rule);
            findings.addAll(memo != null ? memo.check(report, context) : rule.check(report, context));
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
