package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An audit result that adds or removes a finding re-indexes the tree's lines (odd and even swap, and
 * the severities move). Done in its own frames: the result's frame and the layout it asks for, never a
 * further one with nothing changed in it, which JavaFX draws as the whole window (decision 0033).
 * Counted in a JVM of its own ({@link FindingsFramesProbe}), where no other window animates.
 */
class FindingsFramesTest {
    @Test
    void aResultThatAddsOrRemovesAFindingTakesNoEmptyFrame() throws Exception {
        String out = ProbeJvm.output(FindingsFramesProbe.class);
        Matcher m = Pattern.compile("frames per result \\[([0-9, ]+)]").matcher(out);
        assertThat(m.find()).as("probe output: " + out).isTrue();
        List<Integer> frames = new ArrayList<>();
        for (String f : m.group(1).split(",\\s*")) {
            frames.add(Integer.parseInt(f));
        }
        assertThat(frames).as("frames per result").hasSize(6).allMatch(f -> f >= 1 && f <= 2);
    }
}
