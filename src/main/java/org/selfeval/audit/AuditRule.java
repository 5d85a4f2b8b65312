package org.selfeval.audit;

import java.util.List;
import org.selfeval.model.Report;

/** One rule of the catalogue: a pure function of the report. One class per rule. */
public interface AuditRule {
    /** Catalogue id, e.g. R18. */
    String id();

    List<Finding> check(Report report, AuditContext context);
}
