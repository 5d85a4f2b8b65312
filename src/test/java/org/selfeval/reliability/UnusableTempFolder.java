package org.selfeval.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.selfeval.Launcher;
import org.selfeval.store.ChildJvm;
import org.selfeval.store.NativeLibraryFolder;

/**
 * The temp folder missing, a file, or mounted noexec: the app (a child JVM running {@code list}) must
 * still open its workspace, since it unpacks SQLite into its own data folder. When the library folder
 * itself is unusable, it must say so in one Chinese line (exit 2), not call the workspace damaged,
 * and print no stack trace.
 */
final class UnusableTempFolder {
    private final Path dir;

    UnusableTempFolder(Path dir) {
        this.dir = dir;
    }

    Tally run() throws Exception {
        Tally t = new Tally("unusable temp folder");
        Files.createDirectories(dir);
        Path aFile = Files.writeString(dir.resolve("a-file"), "x");
        Path noexec = dir.resolve("noexec");
        boolean mounted = Harness.mountTmpfs(noexec, "16m", "noexec");
        try {
            List<Path> temps = new ArrayList<>(List.of(dir.resolve("missing"), aFile));
            if (mounted) {
                temps.add(noexec);
            } else {
                t.note("noexec variants skipped: cannot mount a tmpfs here");
            }
            int n = 0;
            for (Path tmp : temps) {
                Path ws = dir.resolve("ws" + n + ".db");
                ChildJvm run = ChildJvm.run(List.of("-Djava.io.tmpdir=" + tmp), Map.of("XDG_DATA_HOME", dir.resolve("data" + n++).toString()),
                        Launcher.class.getName(), "list", "--workspace", ws.toString());
                t.check(run.code() == 0 && !run.printedStackTrace(), "java.io.tmpdir " + tmp + ": exit " + run.code() + " " + run.err());
            }
            List<Path> libs = new ArrayList<>(List.of(aFile.resolve("lib")));
            if (mounted) {
                libs.add(noexec.resolve("lib"));
            }
            for (Path lib : libs) {
                Path ws = dir.resolve("ws" + n++ + ".db");
                ChildJvm run = ChildJvm.run(List.of("-D" + NativeLibraryFolder.PROPERTY + "=" + lib), Map.of(),
                        Launcher.class.getName(), "list", "--workspace", ws.toString());
                String err = run.err().strip();
                t.check(run.code() == 2 && err.lines().count() == 1 && err.contains("无法加载数据库组件") && !err.contains("损坏")
                        && !run.printedStackTrace() && !Files.exists(ws), "library folder " + lib + ": exit " + run.code() + " " + err);
            }
        } finally {
            if (mounted) {
                Harness.unmount(noexec);
            }
        }
        return t;
    }
}
