package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.Report;

/** Issue 14.4: a workspace written by a newer program is opened read-only and never written. */
public class NewerWorkspaceTest {

    /** Adds what a newer program would have: a column with data and a newer entry in Flyway's history. */
    public static void makeNewer(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE project ADD COLUMN future_note VARCHAR");
            s.execute("UPDATE project SET future_note = '新版本的内容'");
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 1,"
                    + " 'newer', 1, 1)");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    @Test
    void itIsReadOnlyToldInChineseAndItsFileAndColumnsStayAsTheyWere(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.db");
        Report sample = SqliteWorkspaceTest.sample();
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(sample);
        }
        makeNewer(file);
        byte[] before = Files.readAllBytes(file);

        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            assertThat(ws.readOnly()).isTrue();
            assertThat(ws.notices()).anySatisfy(n -> assertThat(n).contains("更新版本").contains("只能查看").contains(file.getFileName().toString()));
            assertThat(ws.load(sample.id())).contains(sample);
            assertThatThrownBy(() -> ws.save(SaveLoop.version(sample, 2)))
                    .isInstanceOfSatisfying(WorkspaceException.class, e -> assertThat(e.kind()).isEqualTo(WorkspaceException.Kind.READ_ONLY))
                    .hasMessageContaining("不能保存");
            assertThatThrownBy(() -> ws.snapshots().create(sample, "试", SnapshotKind.NAMED)).isInstanceOf(WorkspaceException.class);
            assertThatThrownBy(() -> ws.delete(sample.id())).isInstanceOf(WorkspaceException.class);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM project WHERE future_note = '新版本的内容'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(sample.projects().size());
        }
    }
}
