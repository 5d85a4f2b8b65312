package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleReportTest {
    @Test
    void theJarCarriesTheSampleFile() throws Exception {
        assertThat(SampleReport.load()).isEqualTo(SqliteWorkspaceTest.sample());
    }

    @Test
    void aNewWorkspaceIsSeededOnceOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.db");
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            assertThat(SampleReport.seedOnce(ws)).isTrue();
            assertThat(ws.list()).extracting(ReportSummary::year).containsExactly(2023);
            ws.delete(ws.list().get(0).id());
        }
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            assertThat(SampleReport.seedOnce(ws)).isFalse();
            assertThat(ws.list()).isEmpty();
        }
    }

    @Test
    void aWorkspaceWithReportsIsNotSeeded(@TempDir Path dir) throws Exception {
        try (SqliteWorkspace ws = SqliteWorkspace.open(dir.resolve("ws.db"))) {
            ws.save(SqliteWorkspaceTest.sample().withId("mine").withYear(2024));
            assertThat(SampleReport.seedOnce(ws)).isFalse();
            assertThat(ws.list()).extracting(ReportSummary::id).containsExactly("mine");
        }
    }
}
