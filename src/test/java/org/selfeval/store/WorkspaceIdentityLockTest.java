package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.Report;

/** Issue 14.2: the lock follows the file, not the name it was opened by. */
class WorkspaceIdentityLockTest {

    @Test
    void aSymbolicLinkToAnOpenWorkspaceIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.db");
        Path link = Files.createSymbolicLink(dir.resolve("link.db"), file.getFileName());
        Report sample = SqliteWorkspaceTest.sample();
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(sample);
            assertThatThrownBy(() -> SqliteWorkspace.open(link))
                    .isInstanceOf(WorkspaceLockedException.class)
                    .hasMessageContaining("另一个");
        }
        try (SqliteWorkspace ws = SqliteWorkspace.open(link)) {
            assertThat(ws.file()).isEqualTo(file.toRealPath());
            assertThat(ws.load(sample.id())).contains(sample);
        }
    }

    @Test
    void anotherProcessReachingTheFileThroughAHardLinkIsRefusedAndWritesNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.db");
        Path other = Files.createDirectory(dir.resolve("other"));
        Path hardLink = other.resolve("same.db");
        Report sample = SqliteWorkspaceTest.sample();
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(sample);
            Files.createLink(hardLink, file);
            ChildJvm child = ChildJvm.run(List.of(), Map.of(), OpenAndSave.class.getName(), hardLink.toString(), "7");
            assertThat(child.out()).as("child: %s %s", child.out(), child.err())
                    .contains("refused LOCKED").contains("另一个").doesNotContain("saved");
            assertThat(ws.load(sample.id())).contains(sample);
            ws.save(SaveLoop.version(sample, 3));
        }
        try (SqliteWorkspace ws = SqliteWorkspace.open(hardLink)) {
            assertThat(ws.load(sample.id())).contains(SaveLoop.version(sample, 3));
        }
    }

    @Test
    void theSameProcessOpeningAHardLinkIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.db");
        SqliteWorkspace.open(file).close();
        Path hardLink = Files.createLink(Files.createDirectory(dir.resolve("b")).resolve("ws.db"), file);
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            assertThatThrownBy(() -> SqliteWorkspace.open(hardLink)).isInstanceOf(WorkspaceLockedException.class);
        }
    }
}
