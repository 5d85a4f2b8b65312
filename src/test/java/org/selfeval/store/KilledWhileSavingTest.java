package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.Report;

/**
 * A child JVM saves new versions of a report as fast as it can and is killed (SIGKILL) in the
 * middle; the workspace must then open and hold a complete report equal to a saved version, and
 * no save that was reported as done may be lost.
 */
class KilledWhileSavingTest {

    @ParameterizedTest(name = "killed after at least {0} saves")
    @ValueSource(ints = {5, 40})
    void theLastCompletedSaveSurvivesAKill(int savesBeforeKill, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SaveLoop.class.getName(), SqliteWorkspaceTest.SAMPLE.toAbsolutePath().toString(), file.toString(), "100000")
                .redirectErrorStream(true)
                .start();
        AtomicInteger lastDone = new AtomicInteger();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("saved ")) {
                        lastDone.set(Integer.parseInt(line.substring(6)));
                    } else {
                        output.append(line).append('\n');
                    }
                }
            } catch (Exception e) {
                output.append(e);
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lastDone.get() < savesBeforeKill && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(child.isAlive()).as("child still saving; its output: %s", output).isTrue();
        // through the handle: Process.destroyForcibly also closes our end of the pipe, losing "saved N" lines not yet read
        child.toHandle().destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(5000);
        int done = lastDone.get();
        assertThat(done).isGreaterThanOrEqualTo(savesBeforeKill);

        Report sample = SqliteWorkspaceTest.sample();
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            Optional<Report> loaded = ws.load(sample.id());
            assertThat(loaded).isPresent();
            // the save in flight at the kill may or may not have committed; nothing earlier is lost
            int version = IntStream.rangeClosed(done, done + 1)
                    .filter(n -> SaveLoop.version(sample, n).equals(loaded.get()))
                    .findFirst().orElse(-1);
            assertThat(version).as("loaded report equals saved version %d or %d", done, done + 1).isPositive();
            assertThat(ws.list()).hasSize(1);
        }
    }
}
