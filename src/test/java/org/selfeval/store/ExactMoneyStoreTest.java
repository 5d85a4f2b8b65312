package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.TestReports;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Carryover;
import org.selfeval.model.Money;
import org.selfeval.model.Report;

/** Amounts go into the workspace and come back to the last decimal (format 2, migration V3). */
class ExactMoneyStoreTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"56.781", "2,350,000.50元", "12345678901234567.89", "0.000001", "1123.58"})
    void anAmountRoundTripsThroughJsonAndTheStore(String written, @TempDir Path dir) throws Exception {
        BigDecimal amount = Money.parse(written);
        Report r = TestReports.sample();
        r = r.withFinances(r.finances().withCarryover(new Carryover(amount, amount, null, amount)));
        Report viaJson = ReportJson.read(ReportJson.write(r), "test");
        assertThat(viaJson.finances().carryover().basic()).isEqualTo(amount);
        Path file = dir.resolve("w.db");
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(viaJson);
        }
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            Report back = ws.load(r.id()).orElseThrow();
            assertThat(back.finances().carryover().basic()).isEqualTo(amount);
            assertThat(back.finances().carryover().priorYearTotal()).isEqualTo(amount);
            assertThat(back).isEqualTo(viaJson);
        }
        assertThat(Money.toYuan(Money.parse("2,350,000.50元"))).isEqualByComparingTo("2350000.50");
    }

    @Test
    void everyNewPartOfFormatTwoRoundTripsThroughTheStore(@TempDir Path dir) throws Exception {
        Report rich = TestReports.rich();
        assertThat(ReportJson.read(ReportJson.write(rich), "rich")).isEqualTo(rich);
        Path file = dir.resolve("w.db");
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(rich);
            assertThat(ws.load(rich.id())).contains(rich);
        }
        assertThat(column(file, "SELECT typeof(prior_income_total), prior_income_total FROM finances"))
                .containsExactly("text", "12345678901234567.89");
    }

    @Test
    void aWorkspaceOfTheFirstReleaseIsBackedUpThenConvertedLosingNothing(@TempDir Path dir) throws Exception {
        // made by the released program (schema 2, money as REAL): import sample-data/leshan-2023.json
        Path file = dir.resolve("workspace.db");
        try (var in = getClass().getResourceAsStream("workspace-schema-v2-sample.db")) {
            Files.copy(in, file);
        }
        assertThat(column(file, "SELECT typeof(amount) FROM income_line WHERE source = 'GENERAL_PUBLIC_BUDGET'"))
                .containsExactly("real");
        // what that program imported: the sample as format 1 wrote it
        Report expected;
        try (var in = getClass().getResourceAsStream("/org/selfeval/exchange/leshan-2023-format1.json")) {
            expected = ReportJson.read(in, "leshan-2023-format1.json");
        }
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            Report loaded = ws.load(expected.id()).orElseThrow();
            assertThat(loaded.equals(expected)).as("the migrated report equals the one imported").isTrue();
        }
        // the upgrade's own backup, taken before V3 ran (beside it, the automatic backup of the opening)
        List<Path> backups = WorkspaceMigrationTest.backups(dir.resolve("backups")).stream()
                .filter(f -> f.getFileName().toString().endsWith("-v2.db")).toList();
        assertThat(backups).singleElement().satisfies(b -> {
            assertThat(b.getFileName().toString()).endsWith("-v2.db");
            assertThat(column(b, "SELECT DISTINCT typeof(amount) FROM income_line")).contains("real");
        });
        assertThat(column(file, "SELECT typeof(amount), amount FROM income_line WHERE source = 'GENERAL_PUBLIC_BUDGET'"))
                .containsExactly("text", "1123.58");
        assertThat(column(file, "SELECT DISTINCT typeof(amount) FROM income_line")).containsExactly("text");
        assertThat(column(file, "SELECT count(*) FROM indicator")).containsExactly(
                String.valueOf(expected.basics().targets().indicators().size()
                        + expected.projects().stream().mapToInt(p -> p.indicators().size()).sum()));
        assertThat(column(file, "PRAGMA foreign_key_check")).isEmpty();
    }

    static List<String> column(Path file, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new java.util.ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    out.add(rs.getString(i));
                }
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
