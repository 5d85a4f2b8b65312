package org.selfeval.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Brings a workspace to the schema of this version with Flyway (classpath:db/migration). Before it
 * migrates a workspace that already holds data, it copies the file to the backups folder beside it
 * ({@link WorkspaceBackups}, kind {@code v<N>}) and keeps the newest {@link #keep}. A workspace whose
 * schema history holds versions this program does not know ({@link #isNewer()}) is never migrated.
 */
final class WorkspaceMigrator {
    static final String LOCATION = "classpath:db/migration";

    private final Path file;
    private final WorkspaceBackups backups;
    private final int keep;

    WorkspaceMigrator(Path file, WorkspaceBackups backups, int keep) {
        this.file = file;
        this.backups = backups;
        this.keep = keep;
    }

    /**
     * True when Flyway's schema history (read on a read-only connection) records a migration newer
     * than the newest this program has: the file was written by a newer version of the program.
     */
    boolean isNewer() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLiteDataSource readOnly = new SQLiteDataSource(config);
        readOnly.setUrl("jdbc:sqlite:" + file);
        try {
            MigrationInfo[] all = Flyway.configure().dataSource(readOnly).locations(LOCATION).load().info().all();
            return Arrays.stream(all).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                    || m.getState() == MigrationState.FUTURE_FAILED);
        } catch (FlywayException e) {
            throw OpenErrors.classify(file, e);
        }
    }

    void migrate() {
        Flyway flyway = Flyway.configure()
                .dataSource("jdbc:sqlite:" + file, null, null)
                .locations(LOCATION)
                .load();
        try {
            MigrationInfoService info = flyway.info();
            if (info.applied().length > 0 && info.pending().length > 0) {
                backUp(info.current() == null ? "0" : info.current().getVersion().getVersion());
            }
            flyway.migrate();
        } catch (FlywayException e) {
            WorkspaceException classified = OpenErrors.classify(file, e);
            if (classified.kind() != WorkspaceException.Kind.OTHER) {
                throw classified;
            }
            throw new WorkspaceCorruptException(WorkspaceException.Kind.NOT_A_WORKSPACE, "文件 " + file
                    + " 不是本程序的工作区，或由不兼容的版本创建，无法升级。文件未做任何改动。", e);
        }
    }

    /** Copies the workspace into the backups folder; returns the copy. */
    Path backUp(String version) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Path copy = backups.create(c, "v" + version);
            backups.pruneUpgrades(keep);
            return copy;
        } catch (SQLException | IOException e) {
            WorkspaceException why = OpenErrors.classify(file, e);
            throw new WorkspaceException(why.kind(), "无法把工作区备份到 " + backups.folder() + "，为安全起见未升级工作区。"
                    + (why.kind() == WorkspaceException.Kind.DISK_FULL ? "磁盘空间已满。" : ""), e);
        }
    }
}
