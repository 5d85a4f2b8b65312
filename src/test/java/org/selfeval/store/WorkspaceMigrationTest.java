package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceMigrationTest {

    @Test
    void anOlderWorkspaceIsBackedUpBeforeItIsMigrated(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("workspace.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
                .locations(WorkspaceMigrator.LOCATION).target("1").load().migrate();
        assertThat(tables(file)).doesNotContain("snapshot");

        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(SqliteWorkspaceTest.sample());
            assertThat(ws.snapshots().list(SqliteWorkspaceTest.sample().id())).isEmpty();
        }
        assertThat(tables(file)).contains("snapshot");
        List<Path> backups = backups(dir.resolve("backups"));
        assertThat(backups).singleElement().satisfies(b -> {
            assertThat(b.getFileName().toString()).startsWith("workspace-").endsWith("-v1.db");
            assertThat(tables(b)).contains("report").doesNotContain("snapshot");
        });
    }

    @Test
    void aCurrentWorkspaceIsNotBackedUpAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("workspace.db");
        SqliteWorkspace.open(file).close();
        SqliteWorkspace.open(file).close();
        assertThat(Files.exists(dir.resolve("backups"))).isFalse();
    }

    @Test
    void onlyTheNewestBackupsAreKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("workspace.db");
        SqliteWorkspace.open(file).close();
        WorkspaceMigrator migrator = new WorkspaceMigrator(file, new WorkspaceBackups(file), 3);
        for (int i = 0; i < 5; i++) {
            migrator.backUp("2");
            Thread.sleep(5);
        }
        List<Path> kept = backups(dir.resolve("backups"));
        assertThat(kept).hasSize(3);
        assertThat(kept).allSatisfy(b -> assertThat(tables(b)).contains("report", "snapshot"));
    }

    static List<Path> backups(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    static List<String> tables(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
