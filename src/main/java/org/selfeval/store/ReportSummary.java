package org.selfeval.store;

import java.time.Instant;

/** One line of the report picker: department × year. */
public record ReportSummary(String id, String departmentName, int year, Instant updatedAt) {
    public String displayName() {
        return departmentName + " " + year + "年度";
    }
}
