package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.TestReports;
import org.selfeval.model.Department;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Report;

class SqliteWorkspaceTest {
    static final Path SAMPLE = Path.of("sample-data/leshan-2023.json");

    static Report sample() throws Exception {
        return TestReports.sample();
    }

    static Report rich() throws Exception {
        return TestReports.rich();
    }

    @Test
    void sampleSavedAndReopenedIsEqual(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.db");
        Report sample = sample();
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(sample);
        }
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            assertThat(ws.load(sample.id())).contains(sample);
            assertThat(ws.list()).singleElement().satisfies(s -> {
                assertThat(s.departmentName()).isEqualTo("乐山市营商环境服务管理局");
                assertThat(s.year()).isEqualTo(2023);
            });
        }
    }

    @Test
    void everyOptionalPartSurvivesTheRoundTrip(@TempDir Path dir) throws Exception {
        Report rich = rich();
        try (SqliteWorkspace ws = SqliteWorkspace.open(dir.resolve("ws.db"))) {
            ws.save(rich);
        }
        try (SqliteWorkspace ws = SqliteWorkspace.open(dir.resolve("ws.db"))) {
            assertThat(ws.load(rich.id())).contains(rich);
        }
    }

    @Test
    void twoReportsSideBySide(@TempDir Path dir) throws Exception {
        Report a = sample();
        Report b = a.withId("other").withYear(2022).withDepartment(new Department("乐山市财政局", "市财政局"))
                .withFinances(a.finances().withIncome(IncomeSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("5.00")));
        Path file = dir.resolve("ws.db");
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(a);
            ws.save(b);
        }
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            assertThat(ws.list()).extracting(ReportSummary::id, ReportSummary::year)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(a.id(), 2023),
                            org.assertj.core.groups.Tuple.tuple("other", 2022));
            assertThat(ws.load(a.id())).contains(a);
            assertThat(ws.load("other")).contains(b);
            assertThat(ws.load("missing")).isEmpty();
        }
    }

    @Test
    void saveReplacesRowsAndDeleteCascades(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.db");
        Report rich = rich();
        Report fewer = rich.withProjects(rich.projects().subList(1, rich.projects().size())).withFindingNotes(List.of());
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(rich);
            ws.save(fewer);
            assertThat(ws.load(rich.id())).contains(fewer);
            assertThat(count(file, "project")).isEqualTo(fewer.projects().size());
            int rows = 2 + fewer.projects().stream().mapToInt(p -> p.indicators().size()).sum();
            assertThat(count(file, "indicator")).isEqualTo(rows); // the first project's rows are gone
            ws.delete(rich.id());
            assertThat(ws.list()).isEmpty();
        }
        for (String table : List.of("project", "project_fund", "indicator", "income_line", "headcount", "text_item", "department")) {
            assertThat(count(file, table)).as(table).isZero();
        }
    }

    @Test
    void walAndForeignKeysAreOn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.db");
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(sample());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
            }
            ws.delete(sample().id());
        }
        // children vanish only when foreign keys (ON DELETE CASCADE) are enforced
        assertThat(count(file, "basics")).isZero();
    }

    @Test
    void secondOpenOfTheSameFileIsRefusedPlainly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.db");
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(sample());
            assertThatThrownBy(() -> SqliteWorkspace.open(file))
                    .isInstanceOf(WorkspaceLockedException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("另一个");
            assertThat(ws.load(sample().id())).contains(sample());
        }
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            assertThat(ws.load(sample().id())).contains(sample());
        }
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "这是一个文本文件，不是数据库。\n");
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> SqliteWorkspace.open(file))
                .isInstanceOf(WorkspaceCorruptException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("不是本程序的工作区");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDamagedWorkspaceIsRefusedAndLeftAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.db");
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(sample());
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).isGreaterThan(3 * 4096);
        for (int i = 4096; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        assertThatThrownBy(() -> SqliteWorkspace.open(file))
                .isInstanceOf(WorkspaceCorruptException.class)
                .hasMessageContaining("已损坏");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    static int count(Path file, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
