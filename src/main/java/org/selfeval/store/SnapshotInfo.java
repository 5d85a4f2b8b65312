package org.selfeval.store;

import java.time.Instant;

/** One line of a report's history list. */
public record SnapshotInfo(long id, String reportId, String name, SnapshotKind kind, Instant createdAt) {
}
