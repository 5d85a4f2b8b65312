package org.selfeval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.exchange.ReportJson;
import org.selfeval.exchange.xlsx.XlsxImporter;
import org.selfeval.export.xlsx.XlsxExporter;

/** The workbook exporter is registered as a service: `export --xlsx OUT` writes it from the command line. */
class CliXlsxExportTest {
    static final String SAMPLE = "sample-data/leshan-2023.json";

    @Test
    void exportWritesTheWorkbookThatReadsBackIntoTheSamplesProjects(@TempDir Path dir) throws Exception {
        assertThat(ExportFormats.all()).anyMatch(e -> e instanceof XlsxExporter);
        Path out = dir.resolve("自评表.xlsx");
        CliRun run = CliRun.of("export", "--input", SAMPLE, "--xlsx", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(new XlsxImporter().read(out)).isEqualTo(ReportJson.read(Path.of(SAMPLE)).projects());
        assertThat(CliRun.of("export", "--help").out()).contains("--xlsx=OUT");
    }
}
