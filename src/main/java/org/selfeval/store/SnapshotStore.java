package org.selfeval.store;

import java.util.List;
import java.util.Optional;
import org.selfeval.model.Report;

/**
 * Snapshots of reports, each the whole report as report JSON. Implementations do I/O: call them
 * off the FX thread.
 */
public interface SnapshotStore {
    /** A snapshot of the report as last saved in the workspace. */
    SnapshotInfo create(String reportId, String name, SnapshotKind kind);

    /** A snapshot of this report as it is now (it must already be saved once). */
    SnapshotInfo create(Report report, String name, SnapshotKind kind);

    /** The report's snapshots, newest first. */
    List<SnapshotInfo> list(String reportId);

    /** The report as it was when the snapshot was taken. */
    Optional<Report> load(long snapshotId);

    void delete(long snapshotId);
}
