package org.selfeval.audit;

import org.selfeval.profile.RegionalProfile;
import java.util.Optional;
import org.selfeval.model.Report;

/**
 * What a rule may need beyond the report: the regional profile's settings and, where the
 * workspace has it, last year's report of the same department.
 *
 * @param profile       the regional rule profile in force
 * @param previousYear  last year's report, if known
 */
public record AuditContext(RegionalProfile profile, Optional<Report> previousYear) {
    public static AuditContext of(Report report) {
        return new AuditContext(RegionalProfile.forId(report.profile()), Optional.empty());
    }
}
