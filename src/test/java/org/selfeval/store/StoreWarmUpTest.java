package org.selfeval.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreWarmUpTest {
    @Test
    void buildsRunsAndMapsAQueryLikeTheReportList() {
        assertEquals(1, StoreWarmUp.run());
    }

    /**
     * In a JVM of its own (this one has jOOQ loaded already): the warm-up loads what the first read of
     * a workspace needs (SQLite's native binding, jOOQ's select and its rendering) and writes no file but
     * SQLite's native library, into the folder it is told.
     */
    @Test
    void loadsWhatTheFirstReadNeedsAndWritesNoOtherFile(@TempDir Path dir) throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path lib = Files.createDirectories(dir.resolve("lib"));
        ChildJvm child = ChildJvm.run(List.of("-Xlog:class+load=info", "-Dorg.sqlite.tmpdir=" + lib,
                "-Duser.dir=" + work, "-Djava.io.tmpdir=" + work), Map.of(), WarmUpOnce.class.getName());
        assertEquals(0, child.code(), child.err());
        assertTrue(child.out().contains("warm-up rows: 1"), child.out().lines().filter(l -> l.contains("warm-up")).toList()::toString);
        for (String loaded : List.of("org.jooq.impl.SelectImpl ", "org.jooq.impl.DefaultRenderContext ", "org.sqlite.core.NativeDB ")) {
            assertTrue(child.out().contains(loaded), loaded + " not loaded by the warm-up");
        }
        try (Stream<Path> files = Files.list(work)) {
            assertEquals(List.of(), files.toList());
        }
    }

    /** The child's main: the warm-up once, on the calling thread. */
    public static final class WarmUpOnce {
        public static void main(String[] args) {
            System.out.println("warm-up rows: " + StoreWarmUp.run());
        }
    }
}
