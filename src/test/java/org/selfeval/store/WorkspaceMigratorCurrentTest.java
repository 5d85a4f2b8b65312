package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: a workspace at this program's schema opens without Flyway; every other goes through it. */
class WorkspaceMigratorCurrentTest {
    @TempDir
    Path dir;

    private WorkspaceMigrator migrator(Path file) {
        return new WorkspaceMigrator(file, new WorkspaceBackups(file), 3);
    }

    @Test
    void theNewestVersionKnownIsTheNewestMigrationShipped() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(WorkspaceMigrator.LATEST_VERSION).isEqualTo(newest);
        }
    }

    @Test
    void aWorkspaceJustOpenedIsCurrentAndOneWithAnotherHistoryIsNot() throws Exception {
        Path file = dir.resolve("w.db");
        SqliteWorkspace.open(file).close();
        assertThat(migrator(file).isCurrent()).isTrue();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "installed_by, execution_time, success) VALUES (99, '7', 'future', 'SQL', 'V7__future.sql', 'x', 1, 1)");
        }
        assertThat(migrator(file).isCurrent()).as("a newer program's history").isFalse();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM flyway_schema_history WHERE version IN ('7', '6')");
        }
        assertThat(migrator(file).isCurrent()).as("an older history").isFalse();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "installed_by, execution_time, success) VALUES (98, '6', 'indicator by project', 'SQL', 'V6__indicator_by_project.sql', 'x', 1, 0)");
        }
        assertThat(migrator(file).isCurrent()).as("a failed migration").isFalse();
    }

    @Test
    void aFileWithoutAHistoryOrNotADatabaseIsNotCurrent() throws Exception {
        Path empty = dir.resolve("plain.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + empty); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t (x)");
        }
        assertThat(migrator(empty).isCurrent()).isFalse();
        Path text = Files.writeString(dir.resolve("text.db"), "not a database at all, just words");
        assertThat(migrator(text).isCurrent()).isFalse();
    }
}
