package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A field's warning mark that comes or goes is drawn in the result's own frame, as a small region
 * around the field: never in a later frame with nothing dirty in it, which JavaFX draws as the whole
 * window (in software rendering, 14-26 ms at 1600 × 1000: the slowest frame of a typing run). Read from
 * JavaFX's pulse logger in a JVM of its own ({@link DecorationFramesProbe}), where nothing else animates.
 */
class DecorationFramesTest {
    @Test
    void aMarkThatComesOrGoesRepaintsItsFieldOnlyInTheResultsOwnFrame() throws Exception {
        String out = ProbeJvm.output(DecorationFramesProbe.class, "-Djavafx.pulseLogger=true", "-Djavafx.pulseLogger.threshold=0");
        assertThat(out).as("probe output").contains("result 6");
        for (int n = 1; n <= 6; n++) {
            String frames = out.substring(out.indexOf("result " + (n - 1)), out.indexOf("result " + n));
            List<String> painted = new ArrayList<>();
            for (String pulse : frames.split("PULSE: ")) {
                if (pulse.contains("Painting")) {
                    painted.add(pulse);
                }
            }
            assertThat(painted).as("result %d: painted frames", n).isNotEmpty();
            // a frame that paints without a dirty region is a repaint of the whole window
            assertThat(painted).as("result %d: every painted frame redraws regions only%n%s", n, frames)
                    .allMatch(f -> f.contains("different dirty regions to render"));
        }
    }
}
