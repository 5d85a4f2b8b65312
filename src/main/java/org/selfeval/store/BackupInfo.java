package org.selfeval.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One backup file of a workspace in its {@code backups} folder.
 *
 * @param takenAt  when it was taken (from its name)
 * @param kind     why: {@code auto} (on opening and while editing), {@code v<N>} (before an upgrade
 *                 from schema version N), {@code before-restore} (the file a restore replaced)
 * @param reports  the reports it holds
 * @param readable whether it passed SQLite's integrity check and could be read
 */
public record BackupInfo(Path file, Instant takenAt, String kind, List<ReportSummary> reports, boolean readable) {
    public BackupInfo {
        reports = List.copyOf(reports);
    }
}
