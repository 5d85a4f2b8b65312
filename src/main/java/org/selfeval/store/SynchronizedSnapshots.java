package org.selfeval.store;

import java.util.List;
import java.util.Optional;
import org.selfeval.model.Report;

/** Snapshot calls share the workspace's connection, so they take the same monitor (and its guard). */
record SynchronizedSnapshots(SqliteWorkspace owner, SnapshotStore inner) implements SnapshotStore {
    @Override
    public SnapshotInfo create(String reportId, String name, SnapshotKind kind) {
        synchronized (owner) {
            owner.refuseIfReadOnly("创建快照");
            return owner.guard("创建快照", () -> inner.create(reportId, name, kind));
        }
    }

    @Override
    public SnapshotInfo create(Report report, String name, SnapshotKind kind) {
        synchronized (owner) {
            owner.refuseIfReadOnly("创建快照");
            return owner.guard("创建快照", () -> inner.create(report, name, kind));
        }
    }

    @Override
    public List<SnapshotInfo> list(String reportId) {
        synchronized (owner) {
            return owner.guard("读取快照列表", () -> inner.list(reportId));
        }
    }

    @Override
    public Optional<Report> load(long snapshotId) {
        synchronized (owner) {
            return owner.guard("读取快照", () -> inner.load(snapshotId));
        }
    }

    @Override
    public void delete(long snapshotId) {
        synchronized (owner) {
            owner.refuseIfReadOnly("删除快照");
            owner.guard("删除快照", () -> {
                inner.delete(snapshotId);
                return null;
            });
        }
    }
}
