package org.selfeval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.TestReports;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;
import org.selfeval.rollup.RollUpFixtures;
import org.selfeval.store.SqliteWorkspace;

/** export --rollup: the 汇总 of a workspace report and its units, written like any report. */
class CliRollUpTest {
    @Test
    void theRollUpIsExportedWithTheSums(@TempDir Path dir) throws Exception {
        Report sample = TestReports.sample().withUnits(List.of("unit-1"));
        Path ws = dir.resolve("w.db");
        try (SqliteWorkspace w = SqliteWorkspace.open(ws)) {
            w.save(RollUpFixtures.unit(sample));
            w.save(sample);
        }
        Path out = dir.resolve("汇总.json");
        CliRun run = CliRun.of("--workspace", ws.toString(), "export", "--report", sample.id(), "--rollup", "--json", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Report rolled = ReportJson.read(out);
        assertThat(rolled.finances().incomeTotal()).isEqualByComparingTo("1456.08");
        assertThat(rolled.department().fullName()).endsWith("（含下属单位）");
        CliRun noReport = CliRun.of("--workspace", ws.toString(), "validate", "--rollup", "--input", "sample-data/leshan-2023.json");
        assertThat(noReport.code()).isEqualTo(2);
        assertThat(noReport.err()).contains("--rollup 需要 --report");
    }
}
