package org.selfeval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.TestReports;
import org.selfeval.model.Report;
import org.selfeval.store.SqliteWorkspace;

/** Issue 14.9: a row SQLite keeps intact but the report cannot hold is told as damage (exit 2), not an internal error. */
class CliDamagedRowsTest {

    @Test
    void aDateThatIsNoDateIsExit2WithAChineseLine(@TempDir Path dir) throws Exception {
        Path ws = dir.resolve("ws.db");
        Report sample = TestReports.sample();
        try (SqliteWorkspace w = SqliteWorkspace.open(ws)) {
            w.save(sample);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement s = c.createStatement()) {
            s.execute("UPDATE report SET report_date = '2024-13-45'");
        }
        CliRun run = CliRun.of("--workspace", ws.toString(), "export", "--report", sample.id(), "--json", dir.resolve("r.json").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).contains("已损坏").contains(ws.getFileName().toString()).doesNotContain("程序内部错误").doesNotContain("\n");
        assertThat(dir.resolve("r.json")).doesNotExist();
    }

    /** Money is exact text since format 2 (V3): text that is no number is damage too, never dropped silently. */
    @Test
    void anAmountThatIsNoNumberIsExit2WithAChineseLine(@TempDir Path dir) throws Exception {
        Path ws = dir.resolve("ws.db");
        Report sample = TestReports.sample();
        try (SqliteWorkspace w = SqliteWorkspace.open(ws)) {
            w.save(sample);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement s = c.createStatement()) {
            s.execute("UPDATE income_line SET amount = '十二万' WHERE source = 'GENERAL_PUBLIC_BUDGET'");
        }
        CliRun run = CliRun.of("--workspace", ws.toString(), "export", "--report", sample.id(), "--json", dir.resolve("r.json").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).contains("已损坏").doesNotContain("程序内部错误").doesNotContain("\n");
        assertThat(dir.resolve("r.json")).doesNotExist();
    }
}
