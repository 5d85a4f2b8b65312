package org.selfeval.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.selfeval.audit.Finding;
import org.selfeval.audit.Location;
import org.selfeval.audit.Severity;
import org.selfeval.model.FieldPath;
import org.selfeval.edit.ReportEditor;
import org.selfeval.narrative.Seed;
import org.selfeval.ui.chapter.ChapterPane;
import org.selfeval.ui.chapter.FieldControls;

/**
 * Run by {@link DecorationFramesTest} in a JVM of its own (nothing else animating), with JavaFX's pulse
 * logger on: a form of ten fields with the window's style sheet and six audit results that alternately
 * mark one field and take its mark away. Prints {@code result 0} when the window's first frames are
 * drawn and {@code result N} after each result's frames, so that the logger's lines between two of
 * them are that result's frames.
 */
public final class DecorationFramesProbe {
    private static final Location MARKED = new Location("二", "finances.income.GENERAL_PUBLIC_BUDGET");

    private DecorationFramesProbe() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FieldDecorations decorations = new FieldDecorations();
        int[] pulses = {0};
        ChapterRegistry[] registry = new ChapterRegistry[1];
        ProbeJvm.onFx(() -> {
            List<TextField> fields = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                TextField f = new TextField(String.valueOf(1000 + i));
                f.setFocusTraversable(false); // no caret blinking: every frame is one a result asked for
                fields.add(f);
            }
            registry[0] = new ChapterRegistry(new ReportEditor(Seed.sample()));
            VBox form = new VBox(8, fields.toArray(Node[]::new));
            registry[0].register("二", e -> new Fields(form, fields.get(3)));
            Scene scene = new Scene(new VBox(registry[0].pane("二").node()), 400, 600);
            scene.getStylesheets().add(FindingsPane.class.getResource("/org/selfeval/ui/app.css").toExternalForm());
            scene.addPostLayoutPulseListener(() -> pulses[0]++);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
        });
        quiet(pulses);
        // the first mark wraps the scene's root in the decorations' pane, a new root drawn whole: done
        // once before the results, as the window's first audit result does
        ProbeJvm.onFx(() -> decorations.apply(List.of(new Finding("R1", Severity.INFO, "预热", MARKED, "测试")), registry[0]));
        quiet(pulses);
        ProbeJvm.onFx(() -> decorations.apply(List.of(), registry[0]));
        quiet(pulses);
        printed();
        System.err.println("result 0");
        for (int round = 0; round < 6; round++) {
            List<Finding> findings = round % 2 == 0
                    ? List.of(new Finding("R1", round == 2 ? Severity.WARNING : Severity.ERROR, "收入合计不符 " + round, MARKED, "测试"))
                    : List.of();
            ProbeJvm.onFx(() -> decorations.apply(findings, registry[0]));
            quiet(pulses);
            printed();
            System.err.println("result " + (round + 1));
        }
        Platform.exit();
    }

    /** Waits until the window has drawn and no pulse came for 400 ms. */
    private static void quiet(int[] pulses) throws Exception {
        int[] seen = {-1};
        while (true) {
            Thread.sleep(400);
            int[] now = new int[1];
            ProbeJvm.onFx(() -> now[0] = pulses[0]);
            if (now[0] > 0 && now[0] == seen[0]) {
                return;
            }
            seen[0] = now[0];
        }
    }

    /** The logger prints a pulse's lines when the next pulse begins: one empty pulse more. */
    private static void printed() throws Exception {
        ProbeJvm.onFx(Platform::requestNextPulse);
        Thread.sleep(200);
    }

    private record Fields(Node node, TextField marked) implements ChapterPane, FieldControls {
        @Override
        public String chapter() {
            return "二";
        }

        @Override
        public Optional<Control> control(FieldPath path) {
            return path.equals(MARKED.field()) ? Optional.of(marked) : Optional.empty();
        }
    }
}
