package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.Report;

/** Issue 14.6: an empty file is not a new workspace; a refused open leaves nothing; a foreign -wal is not replayed. */
class JournalFilesTest {

    private static Path wal(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    private static Path shm(Path file) {
        return file.resolveSibling(file.getFileName() + "-shm");
    }

    @Test
    void aZeroLengthWorkspaceIsRefusedNotTreatedAsNew(@TempDir Path dir) throws Exception {
        Path file = Files.createFile(dir.resolve("ws.db"));
        assertThatThrownBy(() -> SqliteWorkspace.open(file))
                .isInstanceOf(WorkspaceCorruptException.class)
                .hasMessageContaining("0 字节")
                .hasMessageContaining(file.toString());
        assertThat(Files.size(file)).isZero();
        assertThat(wal(file)).doesNotExist();
        assertThat(shm(file)).doesNotExist();
    }

    @Test
    void aNewWorkspaceIsNeverLeftHalfMade(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.db");
        SqliteWorkspace.open(file).close();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ws.db", "ws.db.lock");
        }
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            assertThat(ws.list()).isEmpty();
        }
    }

    @Test
    void aRefusedOpenOfADamagedWalModeFileLeavesNoWalOrShm(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.db");
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(SqliteWorkspaceTest.sample());
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 4096; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        assertThatThrownBy(() -> SqliteWorkspace.open(file)).isInstanceOf(WorkspaceCorruptException.class);
        assertThat(wal(file)).doesNotExist();
        assertThat(shm(file)).doesNotExist();
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    /** The state a crash leaves: the database file as before the last save, the last save in the -wal. */
    private static byte[] walOfASecondSave(Path file, Report second) throws Exception {
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(second);
            return Files.readAllBytes(wal(file));
        }
    }

    @Test
    void aWalLeftBesideAFileReplacedByACopyIsSetAsideNotReplayed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.db");
        Report sample = SqliteWorkspaceTest.sample();
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(sample);
        }
        Path copy = Files.copy(file, dir.resolve("copy.db"));
        byte[] staleWal = walOfASecondSave(file, SaveLoop.version(sample, 2));

        // the -wal a crash left an hour ago; then the clerk copies a backup over the file
        Files.write(wal(file), staleWal);
        Files.setLastModifiedTime(wal(file), FileTime.from(Instant.now().minusSeconds(3600)));
        Files.copy(copy, file, StandardCopyOption.REPLACE_EXISTING);

        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            assertThat(ws.load(sample.id())).contains(sample);
            assertThat(ws.notices()).anySatisfy(n -> assertThat(n).contains("-wal").contains("没有被应用"));
        }
        try (Stream<Path> aside = Files.list(dir.resolve("backups"))) {
            assertThat(aside.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-foreign-wal"));
        }
    }

    @Test
    void aWalOlderThanTheFileWrittenOverItInPlaceIsSetAside(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.db");
        Report sample = SqliteWorkspaceTest.sample();
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(sample);
        }
        byte[] restored = Files.readAllBytes(file);
        byte[] staleWal = walOfASecondSave(file, SaveLoop.version(sample, 2));

        Files.write(wal(file), staleWal);
        Files.setLastModifiedTime(wal(file), FileTime.from(Instant.now().minusSeconds(3600)));
        Files.write(file, restored, StandardOpenOption.TRUNCATE_EXISTING);

        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            assertThat(ws.load(sample.id())).contains(sample);
        }
    }

    @Test
    void theWalOfACrashIsStillReplayed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.db");
        Report sample = SqliteWorkspaceTest.sample();
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(sample);
        }
        byte[] before = Files.readAllBytes(file);
        byte[] wal = walOfASecondSave(file, SaveLoop.version(sample, 2));
        // as after a kill: the file as it was before the save (same file), the save only in the -wal
        Files.write(file, before, StandardOpenOption.TRUNCATE_EXISTING);
        Files.write(wal(file), wal);
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            assertThat(ws.load(sample.id())).contains(SaveLoop.version(sample, 2));
            assertThat(ws.notices()).isEmpty();
        }
    }
}
