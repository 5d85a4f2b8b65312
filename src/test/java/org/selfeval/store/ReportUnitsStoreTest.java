package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.TestReports;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

/** 下属单位: a report's list of unit reports is kept in order by the store and the report file. */
class ReportUnitsStoreTest {
    @Test
    void unitsRoundTripThroughTheWorkspaceAndTheFile(@TempDir Path dir) throws Exception {
        Report parent = TestReports.sample().withUnits(List.of("unit-b", "unit-a"));
        try (SqliteWorkspace ws = SqliteWorkspace.open(dir.resolve("w.db"))) {
            ws.save(parent);
            assertThat(ws.load(parent.id()).orElseThrow().units()).containsExactly("unit-b", "unit-a");
            ws.save(parent.withUnits(List.of("unit-a")));
            assertThat(ws.load(parent.id()).orElseThrow().units()).containsExactly("unit-a");
        }
        assertThat(ReportJson.read(ReportJson.write(parent), "x").units()).containsExactly("unit-b", "unit-a");
        assertThat(ReportJson.write(TestReports.sample())).doesNotContain("\"units\"");
        assertThat(TestReports.sample().withUnits(java.util.Arrays.asList("a", null, "a", " ")).units()).containsExactly("a");
    }

    @Test
    void theLastOpenedReportIsRememberedAcrossOpens(@TempDir Path dir) {
        try (SqliteWorkspace ws = SqliteWorkspace.open(dir.resolve("w.db"))) {
            assertThat(ws.lastOpened()).isEmpty();
            ws.rememberOpened("r-2");
        }
        try (SqliteWorkspace ws = SqliteWorkspace.open(dir.resolve("w.db"))) {
            assertThat(ws.lastOpened()).contains("r-2");
        }
    }
}
