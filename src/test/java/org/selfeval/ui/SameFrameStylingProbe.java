package org.selfeval.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Run by {@link SameFrameStylingTest} in a JVM of its own (nothing else animating, so every frame is
 * one the change asked for): a tree of cells styled by pseudo-class, six changes that re-index every
 * cell, and the number of frames each change took, printed as {@code frames per change [..]}.
 * {@code -Dprobe.styling=false} leaves the cells without {@link SameFrameStyling}.
 */
public final class SameFrameStylingProbe {
    private static final String STYLE = "data:text/css,.tree-cell:odd { -fx-opacity: 0.5; } .tree-cell:even { -fx-opacity: 1; }";

    private SameFrameStylingProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean styled = Boolean.parseBoolean(System.getProperty("probe.styling", "true"));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        TreeView<String>[] tree = new TreeView[1];
        int[] frames = {0};
        onFx(() -> {
            tree[0] = new TreeView<>(new TreeItem<>("root"));
            tree[0].setShowRoot(false);
            SameFrameStyling styling = new SameFrameStyling(tree[0]);
            tree[0].setCellFactory(t -> new TreeCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    if (styled) {
                        styling.restyle(this);
                    }
                }
            });
            items(tree[0], 20, "finding");
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(tree[0]), 400, 300);
            scene.getStylesheets().add(STYLE);
            scene.addPostLayoutPulseListener(() -> frames[0]++);
            stage.setScene(scene);
            stage.show();
        });
        Thread.sleep(800);
        List<Integer> perChange = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            int n = 20 + (round % 2 == 0 ? 1 : -1) * (round + 1); // a finding more or fewer: every row below re-indexed
            onFx(() -> frames[0] = 0);
            onFx(() -> {
                tree[0].getRoot().getChildren().add(0, new TreeItem<>("新的提示"));
                items(tree[0], n, "round");
            });
            Thread.sleep(400);
            int[] seen = new int[1];
            onFx(() -> seen[0] = frames[0]);
            perChange.add(seen[0]);
        }
        System.out.println("frames per change " + perChange);
        Platform.exit();
    }

    private static void items(TreeView<String> tree, int n, String what) {
        tree.getRoot().getChildren().setAll(IntStream.range(0, n).mapToObj(i -> new TreeItem<>(what + " " + i)).toList());
    }

    private static void onFx(Runnable r) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, org.testfx.util.WaitForAsyncUtils.asyncFx(r));
    }
}
