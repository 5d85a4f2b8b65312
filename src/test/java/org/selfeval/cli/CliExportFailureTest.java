package org.selfeval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.reliability.Harness;

/** Issue 14.8 / 14.9: a failed export is one Chinese line, exit 2, and leaves nothing half-written. */
class CliExportFailureTest {
    private static final String SAMPLE = "sample-data/leshan-2023.json";

    @Test
    void theSamePathForTwoFormatsIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) {
        Path same = dir.resolve("r.out");
        CliRun run = CliRun.of("export", "--input", SAMPLE, "--pdf", same.toString(), "--docx", dir.resolve(".").resolve("r.out").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).contains("同一个文件").contains("--pdf").contains("--docx").doesNotContain("\n");
        assertThat(same).doesNotExist();
    }

    @Test
    void aMissingFolderIsOneChineseLineAndIsNotCreated(@TempDir Path dir) {
        Path missing = dir.resolve("没有的文件夹").resolve("r.json");
        CliRun run = CliRun.of("export", "--input", SAMPLE, "--json", missing.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).contains("不存在").contains(missing.getParent().toString()).doesNotContain("\n");
        assertThat(missing.getParent()).doesNotExist();
    }

    /** A real full disk: a 1 MiB tmpfs, filled. Needs root and mount; skipped, saying so, elsewhere. */
    @Test
    void aFullDiskIsOneChineseLineExit2AndNothingIsLeft(@TempDir Path dir) throws Exception {
        Path mount = dir.resolve("full");
        boolean mounted = Harness.mountTmpfs(mount, "1m", "");
        Assumptions.assumeTrue(mounted, "cannot mount a small tmpfs here (needs root): the full-disk export is not tried");
        try {
            Harness.fill(mount.resolve("fill"));
            for (String format : new String[] {"--pdf", "--xlsx", "--docx", "--json"}) {
                Path target = mount.resolve("r" + format.substring(2).replace("-", "."));
                CliRun run = CliRun.of("export", "--input", SAMPLE, format, target.toString());
                assertThat(run.code()).as(format + ": " + run.err()).isEqualTo(2);
                assertThat(run.err().strip()).contains("磁盘空间已满").doesNotContain("\n").doesNotContain("at org.");
            }
            CliRun pack = CliRun.of("package", "--input", SAMPLE, "--out", mount.resolve("pkg").toString());
            assertThat(pack.code()).isEqualTo(2);
            assertThat(pack.err().strip()).contains("磁盘空间已满").doesNotContain("\n");
            assertThat(mount.toFile().list()).containsExactly("fill");
        } finally {
            Harness.unmount(mount);
        }
    }
}
