package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.Report;

/** Issue 14.7: backups outside the workspace file, on opening and every 30 minutes of editing, rotated, restorable. */
class WorkspaceBackupsTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T08:00:00Z"));
    private final Clock clock = new Clock() {
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now.get(); }
    };

    private void advance(Duration d) {
        now.set(now.get().plus(d));
    }

    @Test
    void openingAWorkspaceWithReportsBacksItUpBesideItAndEvery30MinutesOfEditing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("workspace.db");
        Report sample = SqliteWorkspaceTest.sample();
        try (SqliteWorkspace ws = SqliteWorkspace.open(file, clock)) {
            ws.save(sample);
            assertThat(ws.backups().list()).isEmpty();
        }
        advance(Duration.ofMinutes(1));
        try (SqliteWorkspace ws = SqliteWorkspace.open(file, clock)) {
            List<BackupInfo> onOpen = ws.backups().list();
            assertThat(onOpen).singleElement().satisfies(b -> {
                assertThat(b.file().getParent()).isEqualTo(dir.resolve("backups"));
                assertThat(b.kind()).isEqualTo(WorkspaceBackups.AUTO);
                assertThat(b.readable()).isTrue();
                assertThat(b.reports()).extracting(ReportSummary::id).containsExactly(sample.id());
            });
            advance(Duration.ofMinutes(10));
            ws.save(SaveLoop.version(sample, 1));
            assertThat(ws.backups().list()).hasSize(1);
            advance(Duration.ofMinutes(21));
            ws.save(SaveLoop.version(sample, 2));
            assertThat(ws.backups().list()).hasSize(2);
            BackupInfo newest = ws.backups().list().get(0);
            try (SqliteWorkspace copy = SqliteWorkspace.open(newest.file())) {
                assertThat(copy.load(sample.id())).contains(SaveLoop.version(sample, 2));
            }
        }
        try (var files = Files.list(dir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void automaticBackupsKeepTheNewestTenAndOneADayForAMonth(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("workspace.db");
        try (SqliteWorkspace ws = SqliteWorkspace.open(file, clock)) {
            ws.save(SqliteWorkspaceTest.sample());
            for (int day = 0; day < 40; day++) {
                for (int i = 0; i < 3; i++) {
                    advance(Duration.ofMinutes(31));
                    ws.backUp();
                }
                advance(Duration.ofHours(22));
            }
        }
        List<BackupInfo> kept = new WorkspaceBackups(file, clock).list();
        long days = kept.stream().map(b -> b.takenAt().atZone(ZoneId.systemDefault()).toLocalDate()).distinct().count();
        // the newest 10 span the last 4 days; one a day for the 30 days before today is kept besides
        assertThat(kept.size()).isBetween(30, 10 + 31);
        assertThat(days).isBetween(30L, 32L);
        assertThat(kept.get(0).takenAt()).isAfter(kept.get(kept.size() - 1).takenAt().plus(Duration.ofDays(29)));
    }

    @Test
    void restoringABackupKeepsTheReplacedFileAndNoStaleWalIsReplayedOverIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("workspace.db");
        Report sample = SqliteWorkspaceTest.sample();
        try (SqliteWorkspace ws = SqliteWorkspace.open(file, clock)) {
            ws.save(sample);
        }
        BackupInfo backup;
        byte[] wal;
        try (SqliteWorkspace ws = SqliteWorkspace.open(file, clock)) {
            backup = ws.backups().list().get(0);
            ws.save(SaveLoop.version(sample, 5));
            wal = Files.readAllBytes(file.resolveSibling("workspace.db-wal"));
        }
        Files.write(file.resolveSibling("workspace.db-wal"), wal);

        SqliteWorkspace.restore(file, backup.file());

        assertThat(file.resolveSibling("workspace.db-wal")).doesNotExist();
        try (SqliteWorkspace ws = SqliteWorkspace.open(file, clock)) {
            assertThat(ws.load(sample.id())).contains(sample);
            assertThat(ws.backups().list()).anySatisfy(b -> {
                assertThat(b.kind()).isEqualTo(WorkspaceBackups.BEFORE_RESTORE);
                assertThat(b.readable()).isTrue();
            });
        }
    }

    @Test
    void aDamagedBackupIsListedAsUnreadableAndNotRestored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("workspace.db");
        try (SqliteWorkspace ws = SqliteWorkspace.open(file, clock)) {
            ws.save(SqliteWorkspaceTest.sample());
            ws.backUp();
        }
        Path backup = new WorkspaceBackups(file).list().get(0).file();
        byte[] bytes = Files.readAllBytes(backup);
        for (int i = 4096; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        Files.write(backup, bytes);
        assertThat(new WorkspaceBackups(file).list().get(0).readable()).isFalse();
        assertThat(new WorkspaceBackups(file).newestGood()).isEmpty();
        byte[] current = Files.readAllBytes(file);
        assertThatThrownBy(() -> SqliteWorkspace.restore(file, backup)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("已损坏");
        assertThat(Files.readAllBytes(file)).isEqualTo(current);
    }

    @Test
    void aBackupIsAWholeDatabaseEvenWhileTheWorkspaceIsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("workspace.db");
        Report sample = SqliteWorkspaceTest.sample();
        try (SqliteWorkspace ws = SqliteWorkspace.open(file, clock)) {
            for (int n = 1; n <= 5; n++) {
                ws.save(SaveLoop.version(sample, n));
            }
            Path backup = ws.backUp();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup)) {
                assertThat(WorkspaceBackups.intact(c)).isTrue();
            }
            try (SqliteWorkspace copy = SqliteWorkspace.open(backup)) {
                assertThat(copy.load(sample.id())).contains(SaveLoop.version(sample, 5));
            }
        }
    }
}
