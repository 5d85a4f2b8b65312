package org.selfeval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

class CliPackageTest {
    private static final String SAMPLE = "sample-data/leshan-2023.json";

    @Test
    void packageWritesTheFolderAndTheZip(@TempDir Path dir) throws Exception {
        Report sample = ReportJson.read(Path.of(SAMPLE));
        Path out = dir.resolve("报送");
        CliRun run = CliRun.of("package", "--input", SAMPLE, "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        String name = sample.department().fullName() + sample.year() + "年度绩效自评报送材料";
        Path zip = out.resolve(name + ".zip");
        assertThat(out.resolve(name)).isDirectory();
        assertThat(run.out()).contains("已打包 " + zip);
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).hasSize(3).allSatisfy(e -> assertThat(e).startsWith(name + "/"))
                .anySatisfy(e -> assertThat(e).endsWith(".pdf"))
                .anySatisfy(e -> assertThat(e).endsWith(".xlsx"))
                .anySatisfy(e -> assertThat(e).endsWith(".json"));
    }

    @Test
    void withoutOutItSaysWhatIsMissing() {
        CliRun run = CliRun.of("package", "--input", SAMPLE);
        assertThat(run.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).contains("--out");
    }
}
