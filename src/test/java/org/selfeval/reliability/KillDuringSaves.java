package org.selfeval.reliability;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;
import org.selfeval.store.SaveLoop;
import org.selfeval.store.SqliteWorkspace;
import org.selfeval.store.WorkspaceBackups;

/**
 * kill -9 at a random moment while a child JVM saves version after version of the sample into one
 * workspace, again and again on the same file: after every kill the workspace must open, hold the
 * last save reported done (or the one in flight), and its backups must be readable.
 */
final class KillDuringSaves {
    private final Path dir;
    private final Path sample;
    private final int kills;

    KillDuringSaves(Path dir, Path sample, int kills) {
        this.dir = dir;
        this.sample = sample;
        this.kills = kills;
    }

    /** Two lanes, each killing its own child again and again on its own workspace. */
    static final int LANES = 2;

    Tally run() throws Exception {
        Tally t = new Tally("kill -9 during saves");
        Files.createDirectories(dir);
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Report base = ReportJson.read(sample);
        List<Thread> lanes = new java.util.ArrayList<>();
        for (int lane = 0; lane < LANES; lane++) {
            Path file = Files.createDirectories(dir.resolve("lane" + lane)).resolve("workspace.db");
            int share = kills / LANES + (lane < kills % LANES ? 1 : 0);
            int seed = lane;
            Thread thread = new Thread(() -> {
                try {
                    lane(t, file, lib, base, share, new Random(14 + seed));
                } catch (Exception e) {
                    t.check(false, "lane " + seed + ": " + e);
                }
            });
            thread.start();
            lanes.add(thread);
        }
        for (Thread thread : lanes) {
            thread.join();
        }
        long leftovers;
        try (var s = Files.list(lib)) {
            leftovers = s.filter(p -> p.getFileName().toString().endsWith(".so") || p.getFileName().toString().endsWith(".dll")).count();
        }
        t.note("native library copies left in the library folder by " + kills + " kills: " + leftovers
                + " (the app itself removes copies older than 10 minutes from its folder at start)");
        return t;
    }

    private void lane(Tally t, Path file, Path lib, Report base, int kills, Random random) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int totalSaves = 0;
        int previous = -1;
        for (int k = 0; k < kills; k++) {
            Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-Dorg.sqlite.tmpdir=" + lib, "-cp", System.getProperty("java.class.path"),
                    SaveLoop.class.getName(), sample.toString(), file.toString(), "100000")
                    .redirectError(ProcessBuilder.Redirect.appendTo(file.resolveSibling("child-stderr.txt").toFile())).start();
            AtomicInteger done = new AtomicInteger();
            StringBuilder other = new StringBuilder();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.matches("saved \\d+")) {
                            done.set(Integer.parseInt(line.substring(6)));
                        } else if (other.length() < 2000) {
                            other.append(line).append('\n');
                        }
                    }
                } catch (Exception e) {
                    other.append(e);
                }
            });
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (done.get() < 1 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            Thread.sleep(random.nextInt(150));
            boolean wasAlive = child.isAlive();
            // through the handle: Process.destroyForcibly also closes our end of the pipe, losing lines not yet read
            child.toHandle().destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(5000);
            boolean readerLagged = reader.isAlive();
            reader.join();
            int n = done.get();
            totalSaves += n;
            if (!wasAlive || n < 1) {
                t.check(false, "kill " + k + ": the child was not saving: " + other + stderrOf(file));
                continue;
            }
            String journal = journal(file);
            String wrong = verify(file, base, n);
            if (wrong != null) {
                wrong += "; before the open " + journal + "; the child before reached save " + previous;
            }
            previous = n;
            t.check(wrong == null, "kill " + k + " after " + n + " saves: the workspace does not hold save " + n + " or " + (n + 1)
                    + " but " + wrong + (readerLagged ? " (the output was still being read 5 s after the kill)" : ""));
        }
        List<org.selfeval.store.BackupInfo> backups = new WorkspaceBackups(file).list();
        t.check(!backups.isEmpty() && backups.stream().allMatch(org.selfeval.store.BackupInfo::readable),
                "backups after the kills: " + backups.size() + " of which unreadable: "
                        + backups.stream().filter(b -> !b.readable()).count());
        t.note(file.getParent().getFileName() + ": " + kills + " kills after " + totalSaves + " saves in all; " + backups.size()
                + " backups kept, all readable: " + backups.stream().allMatch(org.selfeval.store.BackupInfo::readable));
    }

    private static String journal(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return "db " + Files.size(file) + " B at " + Files.getLastModifiedTime(file) + ", -wal "
                    + (Files.exists(wal) ? Files.size(wal) + " B at " + Files.getLastModifiedTime(wal) : "none");
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static String stderrOf(Path file) {
        try {
            return Files.readString(file.resolveSibling("child-stderr.txt"));
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** Null when the workspace holds save n or n + 1; else what it holds instead. */
    private static String verify(Path file, Report base, int n) {
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            Optional<Report> loaded = ws.load(base.id());
            if (loaded.isPresent() && (loaded.get().equals(SaveLoop.version(base, n)) || loaded.get().equals(SaveLoop.version(base, n + 1)))
                    && ws.list().size() == 1) {
                return null;
            }
            String which = loaded.map(r -> {
                for (int v = 0; v <= n + 50; v++) {
                    if (r.equals(SaveLoop.version(base, v))) {
                        return "save " + v;
                    }
                }
                return r.equals(base) ? "the sample" : "a report equal to no save";
            }).orElse("no report");
            return which + "; notices " + ws.notices();
        } catch (RuntimeException e) {
            return e.toString();
        }
    }
}
