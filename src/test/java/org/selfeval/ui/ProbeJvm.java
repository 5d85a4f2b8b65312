package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A frame probe run in a JVM of its own, headless under Monocle with software rendering, where no
 * other window animates, so that every frame it counts is one its changes asked for.
 */
final class ProbeJvm {
    private ProbeJvm() {
    }

    /** Runs the probe's main with the given JVM options first; returns what it printed, both streams. */
    static String output(Class<?> probe, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(options));
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), probe.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("probe finished: " + out).isTrue();
        return out;
    }

    /** Runs r on the FX thread and waits for it (inside a probe). */
    static void onFx(Runnable r) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, org.testfx.util.WaitForAsyncUtils.asyncFx(r));
    }
}
