package org.selfeval.store;

import static org.selfeval.store.jooq.Tables.SNAPSHOT;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

/** Snapshots kept in the workspace's snapshot table. Automatic ones are pruned to {@code autoLimit}. */
final class SqliteSnapshots implements SnapshotStore {
    private final Supplier<DSLContext> db;
    private final ReportStore reports;
    private final Clock clock;
    private final int autoLimit;

    SqliteSnapshots(Supplier<DSLContext> db, ReportStore reports, Clock clock, int autoLimit) {
        this.db = db;
        this.reports = reports;
        this.clock = clock;
        this.autoLimit = autoLimit;
    }

    @Override
    public SnapshotInfo create(String reportId, String name, SnapshotKind kind) {
        Report report = reports.load(reportId)
                .orElseThrow(() -> new WorkspaceException("工作区中没有报告 " + reportId + "，无法创建快照。"));
        return create(report, name, kind);
    }

    @Override
    public SnapshotInfo create(Report report, String name, SnapshotKind kind) {
        Instant now = clock.instant();
        String json = ReportJson.write(report);
        String title = name == null || name.isBlank() ? kind.label() + "快照" : name.strip();
        return db.get().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long id = tx.insertInto(SNAPSHOT)
                    .set(SNAPSHOT.REPORT_ID, report.id())
                    .set(SNAPSHOT.NAME, title)
                    .set(SNAPSHOT.KIND, kind.code())
                    .set(SNAPSHOT.CREATED_AT, now.toString())
                    .set(SNAPSHOT.REPORT_JSON, json)
                    .returning(SNAPSHOT.ID)
                    .fetchOne()
                    .getId();
            if (kind == SnapshotKind.AUTO) {
                pruneAutomatic(tx, report.id());
            }
            return new SnapshotInfo(id, report.id(), title, kind, now);
        });
    }

    private void pruneAutomatic(DSLContext tx, String reportId) {
        var keep = tx.select(SNAPSHOT.ID).from(SNAPSHOT)
                .where(SNAPSHOT.REPORT_ID.eq(reportId).and(SNAPSHOT.KIND.eq(SnapshotKind.AUTO.code())))
                .orderBy(SNAPSHOT.CREATED_AT.desc(), SNAPSHOT.ID.desc())
                .limit(autoLimit);
        tx.deleteFrom(SNAPSHOT)
                .where(SNAPSHOT.REPORT_ID.eq(reportId).and(SNAPSHOT.KIND.eq(SnapshotKind.AUTO.code())))
                .and(SNAPSHOT.ID.notIn(keep))
                .execute();
    }

    @Override
    public List<SnapshotInfo> list(String reportId) {
        return db.get().select(SNAPSHOT.ID, SNAPSHOT.REPORT_ID, SNAPSHOT.NAME, SNAPSHOT.KIND, SNAPSHOT.CREATED_AT)
                .from(SNAPSHOT).where(SNAPSHOT.REPORT_ID.eq(reportId))
                .orderBy(SNAPSHOT.CREATED_AT.desc(), SNAPSHOT.ID.desc())
                .fetch(r -> new SnapshotInfo(r.value1(), r.value2(), r.value3(), SnapshotKind.ofCode(r.value4()),
                        Instant.parse(r.value5())));
    }

    @Override
    public Optional<Report> load(long snapshotId) {
        var row = db.get().select(SNAPSHOT.REPORT_JSON).from(SNAPSHOT).where(SNAPSHOT.ID.eq((int) snapshotId)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReportJson.read(row.value1(), "快照 " + snapshotId));
        } catch (ReportFormatException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    @Override
    public void delete(long snapshotId) {
        db.get().deleteFrom(SNAPSHOT).where(SNAPSHOT.ID.eq((int) snapshotId)).execute();
    }
}
