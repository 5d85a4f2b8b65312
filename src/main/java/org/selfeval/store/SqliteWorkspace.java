package org.selfeval.store;

import static org.selfeval.store.jooq.Tables.REPORT;
import static org.selfeval.store.jooq.Tables.WORKSPACE_META;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.selfeval.model.Report;
import org.sqlite.SQLiteConfig;

/**
 * The workspace: one SQLite file holding many reports (department × year) in normalised tables,
 * and their snapshots. WAL journal, foreign keys on, a busy timeout; a lock file beside it keeps a
 * second instance of the app out. Every save is one transaction, so a crash leaves the last
 * completed save. Methods do I/O and are synchronised: call them off the FX thread.
 */
public final class SqliteWorkspace implements ReportStore {
    /** How many backups made before schema upgrades are kept. */
    public static final int BACKUPS_KEPT = 10;
    /** How many automatic snapshots are kept per report. */
    public static final int AUTO_SNAPSHOTS_KEPT = 30;
    private static final int BUSY_TIMEOUT_MS = 5000;

    private final Path file;
    private final WorkspaceLock lock;
    private final Connection connection;
    private final DSLContext db;
    private final Clock clock;
    private final SnapshotStore snapshots;
    private boolean closed;

    private SqliteWorkspace(Path file, WorkspaceLock lock, Connection connection, Clock clock) {
        this.file = file;
        this.lock = lock;
        this.connection = connection;
        this.db = DSL.using(connection, SQLDialect.SQLITE);
        this.clock = clock;
        this.snapshots = new SynchronizedSnapshots(this, new SqliteSnapshots(() -> db, this, clock, AUTO_SNAPSHOTS_KEPT));
    }

    /** Opens (creating and migrating as needed) the workspace file. */
    public static SqliteWorkspace open(Path file) {
        return open(file, Clock.systemUTC());
    }

    static SqliteWorkspace open(Path file, Clock clock) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs.getParent());
        } catch (IOException e) {
            throw new WorkspaceException("无法创建工作区文件夹 " + abs.getParent() + "，请检查权限。", e);
        }
        if (Files.isDirectory(abs)) {
            throw new WorkspaceException(abs + " 是一个文件夹，不是工作区文件。");
        }
        WorkspaceLock lock = WorkspaceLock.acquire(abs);
        try {
            WorkspaceFileCheck.verify(abs);
            new WorkspaceMigrator(abs, AppPaths.backupsOf(abs), BACKUPS_KEPT).migrate();
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            Connection connection = config.createConnection("jdbc:sqlite:" + abs);
            return new SqliteWorkspace(abs, lock, connection, clock);
        } catch (SQLException e) {
            lock.close();
            throw WorkspaceFileCheck.damaged(abs, e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** The folder beside the workspace that keeps backups made before upgrades. */
    public Path backupsFolder() {
        return AppPaths.backupsOf(file);
    }

    public SnapshotStore snapshots() {
        return snapshots;
    }

    @Override
    public synchronized List<ReportSummary> list() {
        return guard("读取报告列表", () -> new ReportReader(db).list());
    }

    @Override
    public synchronized Optional<Report> load(String reportId) {
        return guard("读取报告", () -> db.transactionResult(cfg -> new ReportReader(cfg.dsl()).load(reportId)));
    }

    @Override
    public synchronized void save(Report report) {
        guard("保存报告", () -> {
            db.transaction(cfg -> new ReportWriter(cfg.dsl()).replace(report, clock.instant()));
            return null;
        });
    }

    @Override
    public synchronized void delete(String reportId) {
        guard("删除报告", () -> {
            db.transaction(cfg -> {
                cfg.dsl().deleteFrom(REPORT).where(REPORT.ID.eq(reportId)).execute();
                new ReportWriter(cfg.dsl()).pruneDepartments();
            });
            return null;
        });
    }

    synchronized Optional<String> meta(String key) {
        return guard("读取工作区设置", () -> db.select(WORKSPACE_META.META_VALUE).from(WORKSPACE_META)
                .where(WORKSPACE_META.META_KEY.eq(key)).fetchOptional(WORKSPACE_META.META_VALUE));
    }

    synchronized void setMeta(String key, String value) {
        guard("保存工作区设置", () -> db.insertInto(WORKSPACE_META)
                .set(WORKSPACE_META.META_KEY, key).set(WORKSPACE_META.META_VALUE, value)
                .onConflict(WORKSPACE_META.META_KEY).doUpdate().set(WORKSPACE_META.META_VALUE, value)
                .execute());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            // every save was committed in its own transaction; nothing is pending here
        } finally {
            lock.close();
        }
    }

    private <T> T guard(String what, Supplier<T> action) {
        if (closed) {
            throw new WorkspaceException("工作区 " + file + " 已关闭，无法" + what + "。");
        }
        try {
            return action.get();
        } catch (DataAccessException e) {
            Throwable reason = e.getCause() == null ? e : e.getCause();
            throw new WorkspaceException("无法" + what + "（工作区 " + file + "）：" + reason.getMessage(), e);
        }
    }

    /** Snapshot calls share the workspace's connection, so they take the same monitor. */
    private record SynchronizedSnapshots(SqliteWorkspace owner, SnapshotStore inner) implements SnapshotStore {
        @Override
        public SnapshotInfo create(String reportId, String name, SnapshotKind kind) {
            synchronized (owner) {
                return owner.guard("创建快照", () -> inner.create(reportId, name, kind));
            }
        }

        @Override
        public SnapshotInfo create(Report report, String name, SnapshotKind kind) {
            synchronized (owner) {
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
                owner.guard("删除快照", () -> {
                    inner.delete(snapshotId);
                    return null;
                });
            }
        }
    }
}
