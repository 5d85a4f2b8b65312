package org.selfeval.review;

import java.util.List;

/** What a folder review found: the reports, every finding, the files that could not be read. */
public record ReviewResult(List<ReviewedReport> reports, List<ReviewFinding> findings, List<Unreadable> unreadable,
                           boolean cancelled) {
    public ReviewResult {
        reports = List.copyOf(reports);
        findings = List.copyOf(findings);
        unreadable = List.copyOf(unreadable);
    }

    public boolean anyError() {
        return reports.stream().anyMatch(r -> r.errors() > 0);
    }
}
