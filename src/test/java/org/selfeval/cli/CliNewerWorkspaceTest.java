package org.selfeval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.TestReports;
import org.selfeval.store.NewerWorkspaceTest;
import org.selfeval.store.SqliteWorkspace;

/** Issue 14.4 on the command line: a newer program's workspace is listed with a Chinese notice and never written. */
class CliNewerWorkspaceTest {

    @Test
    void listTellsItIsReadOnlyAndImportIsRefusedLeavingTheFileAsItWas(@TempDir Path dir) throws Exception {
        Path ws = dir.resolve("ws.db");
        try (SqliteWorkspace w = SqliteWorkspace.open(ws)) {
            w.save(TestReports.sample());
        }
        NewerWorkspaceTest.makeNewer(ws);
        byte[] before = Files.readAllBytes(ws);

        CliRun list = CliRun.of("--workspace", ws.toString(), "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("注意：").contains("更新版本").contains(TestReports.sample().department().fullName());

        CliRun imported = CliRun.of("--workspace", ws.toString(), "import", "sample-data/leshan-2023.json");
        assertThat(imported.code()).isEqualTo(2);
        assertThat(imported.err().strip()).contains("不能保存").doesNotContain("\n");
        assertThat(Files.readAllBytes(ws)).isEqualTo(before);
    }
}
