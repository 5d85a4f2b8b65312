package org.selfeval.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.selfeval.model.Report;

/** Runs the rule catalogue over a report. Pure and thread-safe; the same in the window and the CLI. */
public final class Auditor {
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
        findings.sort(Comparator.comparing((Finding f) -> Location.CHAPTERS.indexOf(f.location().chapter()))
                .thenComparing(Finding::severity));
        return findings;
    }

    public List<AuditRule> rules() {
        return rules;
    }
}
