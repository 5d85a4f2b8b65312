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

    /** The newest migration this program has (db/migration/V{@value}__…; a test holds the two together). */
    static final int LATEST_VERSION = 6;

    /**
     * Whether the schema history (read on a read-only connection with plain JDBC, no Flyway) records
     * exactly the migrations 1 … {@link #LATEST_VERSION}, all successful: the usual start, where
     * nothing is to be done and Flyway's classpath scan and validation (about a third of a second of a
     * cold start) can be skipped. Anything else (a new, older, newer or failed history, no history
     * table, a file SQLite cannot read) answers false and goes the whole way through Flyway.
     */
    boolean isCurrent() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (rs.next()) {
                if (!rs.getBoolean(2) || !seen.add(rs.getString(1))) {
                    return false;
                }
            }
            java.util.Set<String> expected = new java.util.HashSet<>();
            for (int v = 1; v <= LATEST_VERSION; v++) {
                expected.add(Integer.toString(v));
            }
            return seen.equals(expected);
        } catch (SQLException e) {
            return false;
        }
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
