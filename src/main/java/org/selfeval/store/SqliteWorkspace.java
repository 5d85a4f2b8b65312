package org.selfeval.store;

import static org.selfeval.store.jooq.Tables.REPORT;
import static org.selfeval.store.jooq.Tables.WORKSPACE_META;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * and their snapshots. WAL journal, foreign keys on, a busy timeout; a lock file beside it and a
 * lock on the file itself keep a second instance of the app out; backups go to {@code backups/}. Every save is one transaction, so a crash leaves the last
 * completed save. Methods do I/O and are synchronised: call them off the FX thread.
 */
public final class SqliteWorkspace implements ReportStore {
    /** How many backups made before schema upgrades are kept. */
    public static final int BACKUPS_KEPT = 10;
    /** How many automatic snapshots are kept per report. */
    public static final int AUTO_SNAPSHOTS_KEPT = 30;
    private static final int BUSY_TIMEOUT_MS = 5000;

    /** An automatic backup is taken on opening and after a save once this long has passed. */
    public static final Duration BACKUP_EVERY = Duration.ofMinutes(30);

    private final Path file;
    private final WorkspaceLock lock;
    private final DatabaseFileLock fileLock;
    private final Connection connection;
    private final DSLContext db;
    private final Clock clock;
    private final SnapshotStore snapshots;
    private final boolean readOnly;
    private final WorkspaceBackups backups;
    private final List<String> notices = new ArrayList<>();
    /**
     * Per report id, the report whose rows the workspace holds now (as last saved or loaded here), so a
     * save writes only what changed. Only this process writes the file (it holds the locks); an entry
     * goes when a save or delete of that report fails or ends, so the next save rewrites it whole.
     */
    private final Map<String, Report> stored = new HashMap<>();
    private Instant lastBackup;
    private boolean closed;

    private SqliteWorkspace(Opened o, Clock clock) {
        this.file = o.file();
        this.lock = o.lock();
        this.fileLock = o.fileLock();
        this.connection = o.connection();
        this.readOnly = o.readOnly();
        this.db = DSL.using(connection, SQLDialect.SQLITE);
        this.clock = clock;
        this.backups = new WorkspaceBackups(file, clock);
        this.snapshots = new SynchronizedSnapshots(this, new SqliteSnapshots(() -> db, this, clock, AUTO_SNAPSHOTS_KEPT));
    }

    /** What {@link #open} put together before the workspace object exists. */
    private record Opened(Path file, WorkspaceLock lock, DatabaseFileLock fileLock, Connection connection, boolean readOnly) {
    }

    /** Opens (creating and migrating as needed) the workspace file. */
    public static SqliteWorkspace open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /**
     * Opens the workspace. The file is found by its real path (a symbolic link opens what it points
     * to, under the same lock); a new one is made complete under a temporary name and then renamed;
     * an existing one is checked before anything writes to it; one from a newer program is opened
     * read-only; an automatic backup is taken. Every refusal says why in its kind and message, and
     * leaves no journal file it made.
     */
    static SqliteWorkspace open(Path file, Clock clock) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs.getParent());
        } catch (IOException e) {
            WorkspaceException why = OpenErrors.classify(abs, e);
            throw new WorkspaceException(why.kind(), "无法创建工作区文件夹 " + abs.getParent()
                    + (why.kind() == WorkspaceException.Kind.DISK_FULL ? "：磁盘空间已满。" : "，请检查权限。"), e);
        }
        if (Files.isDirectory(abs)) {
            throw new WorkspaceException(abs + " 是一个文件夹，不是工作区文件。");
        }
        Path real = FileIdentity.realPath(abs);
        WorkspaceLock lock = WorkspaceLock.acquire(real);
        JournalFiles journals = new JournalFiles(real);
        WorkspaceBackups backups = new WorkspaceBackups(real, clock);
        Connection connection = null;
        try {
            if (WorkspaceFileCheck.isNew(real)) {
                create(real);
            }
            DatabaseFileLock.probe(real);
            Optional<String> walNotice = journals.setAsideForeignWal(lock.recorded(), backups.folder(), backups.stamp());
            WorkspaceFileCheck.verify(real);
            WorkspaceMigrator migrator = new WorkspaceMigrator(real, backups, BACKUPS_KEPT);
            boolean current = migrator.isCurrent(); // the usual start: no Flyway on the way
            boolean readOnly = !current && migrator.isNewer();
            if (!readOnly && !current) {
                migrator.migrate();
            }
            connection = connect(real, readOnly);
            DatabaseFileLock fileLock = DatabaseFileLock.hold(real);
            lock.record(FileIdentity.of(real));
            SqliteWorkspace ws = new SqliteWorkspace(new Opened(real, lock, fileLock, connection, readOnly), clock);
            walNotice.ifPresent(ws.notices::add);
            if (readOnly) {
                ws.notices.add(readOnlyMessage(real));
            } else {
                ws.backUpOnOpen();
            }
            return ws;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            journals.removeCreated();
            lock.close();
            throw OpenErrors.classify(real, e);
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /**
     * A new workspace is built whole under a temporary name beside the file and renamed into place,
     * so the file never exists half made (a crash at the first start leaves no empty workspace).
     */
    private static void create(Path file) throws SQLException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".new");
        try {
            Files.deleteIfExists(temp);
            new WorkspaceMigrator(temp, new WorkspaceBackups(temp), BACKUPS_KEPT).migrate();
            try (Connection c = connect(temp, false)) {
                // sets WAL mode in the new file's header
            }
            WorkspaceBackups.force(temp);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            WorkspaceBackups.forceFolder(file.getParent());
        } catch (IOException e) {
            throw OpenErrors.classify(file, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + "-wal"));
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + "-shm"));
            } catch (IOException e) {
                // a leftover temporary file is harmless and replaced next time
            }
        }
    }

    static String readOnlyMessage(Path file) {
        return "工作区文件 " + file + " 由更新版本的本程序创建，本版本只能查看其中的报告，不能保存修改"
                + "（以免丢失新版本增加的内容）。请安装新版本后再编辑；文件未做任何改动。";
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            // nothing was written on it
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Puts a backup in the place of the workspace file, which must not be open in this process. The
     * backup must pass the integrity check; the file it replaces (with its -wal) is kept in the backups
     * folder as {@code before-restore}; the -wal and -shm beside it are removed so that none can be
     * replayed over the restored file; the copy is written under a temporary name, fsynced and renamed.
     */
    public static void restore(Path file, Path backup) {
        WorkspaceRestore.restore(file, backup);
    }

    /** True when the workspace is from a newer version of the program: it can be read, not saved. */
    public boolean readOnly() {
        return readOnly;
    }

    /** What the clerk should be told about this open (a read-only workspace, a -wal set aside …). */
    public synchronized List<String> notices() {
        return List.copyOf(notices);
    }

    /** The folder beside the workspace that keeps its backups. */
    public Path backupsFolder() {
        return backups.folder();
    }

    public WorkspaceBackups backups() {
        return backups;
    }

    /** Takes an automatic backup now (on the caller's thread); returns it. */
    public synchronized Path backUp() {
        return guard("备份工作区", () -> {
            try {
                Path copy = backups.create(connection, WorkspaceBackups.AUTO);
                lastBackup = clock.instant();
                return copy;
            } catch (IOException | SQLException e) {
                WorkspaceException why = OpenErrors.classify(file, e);
                throw new WorkspaceException(why.kind(), "无法把工作区备份到 " + backups.folder() + "："
                        + (why.kind() == WorkspaceException.Kind.DISK_FULL ? "磁盘空间已满。" : e.getMessage()), e);
            }
        });
    }

    private void backUpOnOpen() {
        if (new ReportReader(db).list().isEmpty()) {
            lastBackup = clock.instant();
            return;
        }
        backUpQuietly();
    }

    /** A backup that fails never fails the open or the save: it is told, and tried again later. */
    private void backUpQuietly() {
        try {
            backUp();
        } catch (WorkspaceException e) {
            lastBackup = clock.instant();
            notices.add(e.getMessage());
        }
    }

    public SnapshotStore snapshots() {
        return snapshots;
    }

    @Override
    public synchronized List<ReportSummary> list() {
        return guard("读取报告列表", () -> readable(() -> new ReportReader(db).list()));
    }

    @Override
    public synchronized Optional<Report> load(String reportId) {
        Optional<Report> report = guard("读取报告", () -> readable(() -> db.transactionResult(cfg -> new ReportReader(cfg.dsl()).load(reportId))));
        report.ifPresentOrElse(r -> stored.put(reportId, r), () -> stored.remove(reportId));
        return report;
    }

    /**
     * A row SQLite holds intact but whose value the model refuses (a date that is not one, an unknown
     * kind after a flipped byte) is damage in the workspace, told as such, not an internal error.
     */
    private <T> T readable(Supplier<T> read) {
        try {
            return read.get();
        } catch (DataAccessException | WorkspaceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new WorkspaceCorruptException("工作区文件 " + file + " 中的报告数据已损坏，无法读取（" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "）。文件未做任何改动；可以从旁边 backups 文件夹中的备份恢复。", e);
        }
    }

    @Override
    public synchronized void save(Report report) {
        refuseIfReadOnly("保存报告");
        TextCheck.loneSurrogate(report).ifPresent(field -> {
            throw new WorkspaceException("无法保存报告：字段 " + field + " 中有一个不完整的字符（单独的 UTF-16 代理项），"
                    + "存入工作区会变成“?”。请删除或重新输入该处的字符；工作区中保存的仍是上一次的内容。");
        });
        Report previous = stored.remove(report.id());
        guard("保存报告", () -> {
            db.transaction(cfg -> new ReportWriter(cfg.dsl()).save(previous, report, clock.instant()));
            return null;
        });
        stored.put(report.id(), report);
        if (WorkspaceBackups.due(lastBackup, clock.instant(), BACKUP_EVERY)) {
            backUpQuietly();
        }
    }

    void refuseIfReadOnly(String what) {
        if (readOnly) {
            throw new WorkspaceException(WorkspaceException.Kind.READ_ONLY, "无法" + what + "：" + readOnlyMessage(file), null);
        }
    }

    @Override
    public synchronized void delete(String reportId) {
        refuseIfReadOnly("删除报告");
        stored.remove(reportId);
        guard("删除报告", () -> {
            db.transaction(cfg -> {
                cfg.dsl().deleteFrom(REPORT).where(REPORT.ID.eq(reportId)).execute();
                new ReportWriter(cfg.dsl()).pruneDepartments();
            });
            return null;
        });
    }

    private static final String LAST_OPENED = "lastOpenedReport";

    @Override
    public Optional<String> lastOpened() {
        try {
            return meta(LAST_OPENED);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void rememberOpened(String reportId) {
        if (readOnly()) {
            return;
        }
        try {
            setMeta(LAST_OPENED, reportId);
        } catch (RuntimeException e) {
            // remembering the last report is a convenience; the workspace's own errors show on save
        }
    }

    synchronized Optional<String> meta(String key) {
        return guard("读取工作区设置", () -> db.select(WORKSPACE_META.META_VALUE).from(WORKSPACE_META)
                .where(WORKSPACE_META.META_KEY.eq(key)).fetchOptional(WORKSPACE_META.META_VALUE));
    }

    synchronized void setMeta(String key, String value) {
        refuseIfReadOnly("保存工作区设置");
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
            fileLock.close();
            lock.close();
        }
    }

    <T> T guard(String what, Supplier<T> action) {
        if (closed) {
            throw new WorkspaceException("工作区 " + file + " 已关闭，无法" + what + "。");
        }
        try {
            return action.get();
        } catch (DataAccessException e) {
            Throwable reason = e.getCause() == null ? e : e.getCause();
            WorkspaceException.Kind kind = OpenErrors.kindOf(file, e);
            String why = switch (kind) {
                case DISK_FULL -> "磁盘空间已满，请腾出空间；修改仍在窗口中，稍后会再次保存。";
                case LOCKED -> "工作区正被另一个程序锁定，请关闭那个程序；稍后会再次保存。";
                case NO_PERMISSION -> "没有写入权限。";
                default -> reason.getMessage();
            };
            throw new WorkspaceException(kind, "无法" + what + "（工作区 " + file + "）：" + why, e);
        }
    }
}
