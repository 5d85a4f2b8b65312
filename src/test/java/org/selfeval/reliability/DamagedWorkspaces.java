package org.selfeval.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;
import org.selfeval.store.SaveLoop;
import org.selfeval.store.SqliteWorkspace;
import org.selfeval.store.WorkspaceException;

/**
 * Damaged workspace variants: truncations, flipped bytes, zero length, a foreign -wal, an older and a
 * newer schema. Each must be refused with a Chinese message and left byte for byte as it was (and no
 * -wal/-shm made), or opened holding the report it held. A flipped byte inside a text value that SQLite
 * cannot see (it keeps no checksums) is counted apart, not as a pass.
 */
final class DamagedWorkspaces {
    private final Path dir;
    private Report report;
    private byte[] clean;
    private int silentlyChanged;

    DamagedWorkspaces(Path dir) {
        this.dir = dir;
    }

    Tally run() throws Exception {
        Tally t = new Tally("damaged workspaces");
        Files.createDirectories(dir);
        report = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        Path base = dir.resolve("base.db");
        try (SqliteWorkspace ws = SqliteWorkspace.open(base)) {
            ws.save(report);
        }
        clean = Files.readAllBytes(base);
        int n = 0;
        for (int size : new int[] {0, 1, 15, 16, 99, 100, 512, 4095, 4096, 4097, 8192}) {
            count(t, refusedOrIntact(bytes(Arrays.copyOf(clean, size)), n++), "truncated to " + size + " bytes");
        }
        for (int tenth = 1; tenth < 10; tenth++) {
            int size = clean.length * tenth / 10;
            count(t, refusedOrIntact(bytes(Arrays.copyOf(clean, size)), n++), "truncated to " + size + " bytes");
        }
        Random random = new Random(1414);
        for (int i = 0; i < 60; i++) {
            byte[] b = clean.clone();
            int at = random.nextInt(b.length);
            b[at] ^= (byte) (1 + random.nextInt(255));
            count(t, refusedOrIntact(b, n++), "byte " + at + " flipped");
        }
        t.check(foreignWal(), "a foreign -wal beside a restored file");
        t.check(olderSchema(), "a workspace of schema version 1");
        t.check(newerSchema(), "a workspace of a newer program");
        t.note(silentlyChanged + " variants opened with a changed value SQLite cannot detect (no page checksums);"
                + " not counted as passed or failed");
        return t;
    }

    private void count(Tally t, Boolean outcome, String what) {
        if (outcome == null) {
            silentlyChanged++;
        } else {
            t.check(outcome, what);
        }
    }

    private static byte[] bytes(byte[] b) {
        return b;
    }

    /**
     * True when refused plainly and untouched, or opened with the report intact; null when opened with a
     * value changed where SQLite cannot know (counted apart: neither passed nor failed); false otherwise.
     */
    private Boolean refusedOrIntact(byte[] content, int n) throws Exception {
        Path d = Files.createDirectories(dir.resolve("v" + n));
        Path file = d.resolve("workspace.db");
        Files.write(file, content);
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            Optional<Report> loaded;
            try {
                loaded = ws.list().isEmpty() ? Optional.empty() : ws.load(report.id());
            } catch (WorkspaceException e) {
                return Harness.chinese(e.getMessage());
            }
            if (loaded.isPresent() && !loaded.get().equals(report)) {
                return null;
            }
            return loaded.isPresent() || content.length == clean.length;
        } catch (WorkspaceException e) {
            boolean untouched = Arrays.equals(Files.readAllBytes(file), content);
            boolean noJournal = !Files.exists(d.resolve("workspace.db-wal")) && !Files.exists(d.resolve("workspace.db-shm"));
            return Harness.chinese(e.getMessage()) && untouched && noJournal;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean foreignWal() throws Exception {
        Path d = Files.createDirectories(dir.resolve("wal"));
        Path file = d.resolve("workspace.db");
        Files.write(file, clean);
        Path wal = d.resolve("workspace.db-wal");
        byte[] walBytes;
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(SaveLoop.version(report, 9));
            walBytes = Files.readAllBytes(wal);
        }
        Files.write(wal, walBytes);
        Files.setLastModifiedTime(wal, FileTime.from(Instant.now().minusSeconds(600)));
        Files.copy(dir.resolve("base.db"), file, StandardCopyOption.REPLACE_EXISTING);
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            return ws.load(report.id()).map(report::equals).orElse(false) && !ws.notices().isEmpty();
        }
    }

    private boolean olderSchema() throws Exception {
        Path file = Files.createDirectories(dir.resolve("v1")).resolve("workspace.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration").target("1").load().migrate();
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(report);
            return ws.load(report.id()).map(report::equals).orElse(false) && !ws.readOnly();
        }
    }

    private boolean newerSchema() throws Exception {
        Path file = Files.createDirectories(dir.resolve("newer")).resolve("workspace.db");
        Files.write(file, clean);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE project ADD COLUMN future_note VARCHAR");
            s.execute("UPDATE project SET future_note = 'x'");
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__f.sql', 1, 'n', 1, 1)");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] before = Files.readAllBytes(file);
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            boolean refusedSave;
            try {
                ws.save(report);
                refusedSave = false;
            } catch (WorkspaceException e) {
                refusedSave = Harness.chinese(e.getMessage());
            }
            if (!ws.readOnly() || !refusedSave) {
                return false;
            }
        }
        return Arrays.equals(before, Files.readAllBytes(file));
    }
}
