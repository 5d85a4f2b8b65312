package org.selfeval.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.selfeval.exchange.ReportJson;
import org.selfeval.export.ExportErrors;
import org.selfeval.export.Exporters;
import org.selfeval.export.ReportExporter;
import org.selfeval.export.SubmissionPackage;
import org.selfeval.model.Report;
import org.selfeval.store.SaveLoop;
import org.selfeval.store.SqliteWorkspace;
import org.selfeval.store.WorkspaceException;

/**
 * A real full disk: a 4 MiB tmpfs (where {@code mount -t tmpfs} is allowed, as root; skipped, saying
 * so, elsewhere). Saving into a workspace there until the disk is full must fail with "disk full" and
 * keep the last save; after space is freed the workspace opens with it. Every export and the 报送包 on
 * the full disk fail in Chinese naming the full disk, leaving nothing.
 */
final class FullDisk {
    private final Path dir;

    FullDisk(Path dir) {
        this.dir = dir;
    }

    Tally run() throws Exception {
        Tally t = new Tally("full disk");
        Path mount = dir.resolve("tmpfs");
        if (!Harness.mountTmpfs(mount, "4m", "")) {
            t.skip("cannot mount a small tmpfs here (needs root and mount); run as root to try a full disk");
            return t;
        }
        try {
            Report report = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
            Path file = mount.resolve("workspace.db");
            int last = 0;
            WorkspaceException full = null;
            try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
                ws.save(report);
                Harness.fill(mount.resolve("filler"));
                for (int n = 1; n <= 500 && full == null; n++) {
                    Report big = SaveLoop.version(report, n).withConclusion(report.conclusion().withProblems("长".repeat(20_000) + n));
                    try {
                        ws.save(big);
                        last = n;
                    } catch (WorkspaceException e) {
                        full = e;
                    }
                }
            } catch (WorkspaceException e) {
                full = e;
            }
            t.check(full != null && full.kind() == WorkspaceException.Kind.DISK_FULL && full.getMessage().contains("磁盘空间已满"),
                    "saving on a full disk: " + (full == null ? "no failure" : full.kind() + " " + full.getMessage()));
            Files.deleteIfExists(mount.resolve("filler"));
            try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
                Report expected = last == 0 ? report
                        : SaveLoop.version(report, last).withConclusion(report.conclusion().withProblems("长".repeat(20_000) + last));
                t.check(ws.load(report.id()).map(expected::equals).orElse(false), "after freeing space the last save (" + last + ") is there");
            }
            Files.delete(file);
            Harness.deleteTree(mount.resolve("backups"));
            try (Stream<Path> s = Files.list(mount)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Path out = Files.createDirectories(mount.resolve("out"));
            Harness.fill(mount.resolve("filler"));
            for (String ext : Exporters.EXTENSIONS) {
                ReportExporter e = Exporters.of(ext, false, false);
                Path target = out.resolve("r." + ext);
                t.check(failsPlainly(() -> e.export(report, target), target) && empty(out), "export ." + ext + " to a full disk");
            }
            t.check(failsPlainly(() -> SubmissionPackage.standard(false, false).write(report, out), out) && empty(out),
                    "报送包 to a full disk");
        } finally {
            Harness.unmount(mount);
        }
        return t;
    }

    interface Write {
        void run() throws IOException;
    }

    private static boolean failsPlainly(Write w, Path target) {
        try {
            w.run();
            return false;
        } catch (IOException e) {
            return ExportErrors.describe(target, e).contains("磁盘空间已满");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean empty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> left = s.toList();
            return left.isEmpty();
        }
    }
}
