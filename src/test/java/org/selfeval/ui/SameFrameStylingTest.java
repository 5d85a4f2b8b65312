package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A change that makes a tree re-index its cells while it is laid out (as the findings tree does when an
 * audit result comes) is done in its own frames: the cells' new pseudo-classes are styled within them,
 * and JavaFX asks for no further frame, one with nothing changed in it, which it draws as the whole
 * window. Counted in a JVM of its own ({@link SameFrameStylingProbe}), where no other window animates.
 */
class SameFrameStylingTest {
    @Test
    void aChangeThatReindexesTheCellsTakesNoEmptyFrame() throws Exception {
        List<Integer> styled = framesPerChange(true);
        List<Integer> unstyled = framesPerChange(false);
        // each change: its own frame and the layout it asks for; unstyled cells ask for one more
        assertThat(styled).as("frames per change with the styling").hasSize(6).allMatch(f -> f >= 1 && f <= 2);
        assertThat(unstyled).as("frames per change without it (the empty frame this prevents)").hasSize(6)
                .allMatch(f -> f >= 3);
    }

    private static List<Integer> framesPerChange(boolean styling) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dprobe.styling=" + styling, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), SameFrameStylingProbe.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("probe finished: " + out).isTrue();
        Matcher m = Pattern.compile("frames per change \\[([0-9, ]+)]").matcher(out);
        assertThat(m.find()).as("probe output: " + out).isTrue();
        List<Integer> frames = new ArrayList<>();
        for (String f : m.group(1).split(",\\s*")) {
            frames.add(Integer.parseInt(f));
        }
        return frames;
    }
}
