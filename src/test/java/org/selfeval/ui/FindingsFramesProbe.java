package org.selfeval.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.selfeval.audit.Finding;
import org.selfeval.audit.FindingNotes;
import org.selfeval.audit.Location;
import org.selfeval.audit.Severity;

/**
 * Run by {@link FindingsFramesTest} in a JVM of its own (nothing else animating, so every frame is one
 * the change asked for): the findings pane with the window's style sheet, six audit results that each
 * add or remove a finding at the top (every line below re-indexed: odd and even swap), and the number
 * of frames each result took, printed as {@code frames per result [..]}.
 */
public final class FindingsFramesProbe {
    private FindingsFramesProbe() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FindingsPane[] pane = new FindingsPane[1];
        FindingsView.Preparer preparer = new FindingsView.Preparer();
        int[] frames = {0};
        ProbeJvm.onFx(() -> {
            pane[0] = new FindingsPane(f -> { });
            pane[0].show(preparer.prepare(FindingNotes.pair(findings(20, 0), List.of()), List.of()));
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(pane[0]), 400, 600);
            scene.getStylesheets().add(FindingsPane.class.getResource("/org/selfeval/ui/app.css").toExternalForm());
            scene.addPostLayoutPulseListener(() -> frames[0]++);
            stage.setScene(scene);
            stage.show();
        });
        Thread.sleep(800);
        List<Integer> perResult = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            int extra = round % 2 == 0 ? 1 : 0; // a finding more, then fewer, at the top
            ProbeJvm.onFx(() -> frames[0] = 0);
            ProbeJvm.onFx(() -> pane[0].show(preparer.prepare(FindingNotes.pair(findings(20, extra), List.of()), List.of())));
            Thread.sleep(400);
            int[] seen = new int[1];
            ProbeJvm.onFx(() -> seen[0] = frames[0]);
            perResult.add(seen[0]);
        }
        System.out.println("frames per result " + perResult);
        Platform.exit();
    }

    /** {@code extra} new findings first, then n of chapter 二, their severities mixed. */
    private static List<Finding> findings(int n, int extra) {
        List<Finding> list = new ArrayList<>();
        for (int i = 0; i < extra; i++) {
            list.add(new Finding("R9", Severity.ERROR, "新的错误 " + i, new Location("二", "finances.extra" + i), "测试"));
        }
        Severity[] severities = Severity.values();
        for (int i = 0; i < n; i++) {
            list.add(new Finding("R" + (i + 10), severities[i % severities.length], "第 " + i + " 条提示",
                    new Location("二", "finances.item" + i), "测试"));
        }
        return list;
    }
}
