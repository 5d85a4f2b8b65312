package org.selfeval.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.selfeval.audit.Finding;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;
import org.selfeval.store.SqliteWorkspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app on a temporary SQLite workspace, for TestFX tests: seed the workspace, launch the
 * window, reach the findings, close it as the clerk would (the close request flushes the autosave).
 */
final class RunningApp {
    final FxRobot robot = new FxRobot();
    private final Path workspace;
    private final Stage stage;
    private Application app;

    private RunningApp(Path workspace, Stage stage) {
        this.workspace = workspace;
        this.stage = stage;
    }

    /** A workspace in {@code dir} holding the sample report and the other reports given (saved first, so the sample opens). */
    static RunningApp onSampleWith(Path dir, Report... others) throws Exception {
        Path workspace = dir.resolve("workspace.db");
        try (SqliteWorkspace ws = SqliteWorkspace.open(workspace)) {
            for (Report r : others) {
                ws.save(r);
            }
            Thread.sleep(5);
            ws.save(ReportJson.read(Path.of("sample-data/leshan-2023.json")));
        }
        return new RunningApp(workspace, FxToolkit.registerPrimaryStage());
    }

    /** A workspace in {@code dir} holding the sample report (sample-data/leshan-2023.json). */
    static RunningApp onSample(Path dir) throws Exception {
        Path workspace = dir.resolve("workspace.db");
        Report seed = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        try (SqliteWorkspace ws = SqliteWorkspace.open(workspace)) {
            ws.save(seed);
        }
        return new RunningApp(workspace, FxToolkit.registerPrimaryStage());
    }

    /** Opens the window (with more command-line arguments, e.g. a file to import) and waits until the first audit has filled the findings. */
    void launch(String... more) throws Exception {
        String[] args = new String[more.length + 2];
        args[0] = "--workspace";
        args[1] = workspace.toString();
        System.arraycopy(more, 0, args, 2, more.length);
        app = FxToolkit.setupApplication(SelfEvalApp.class, (String[]) args);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#findings-tree").tryQuery().isPresent());
        // the decorations may re-root the scene while the window settles
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#findings-tree").tryQuery()
                .map(t -> !((TreeView<?>) t).getRoot().getChildren().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    void close() throws Exception {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxToolkit.cleanupApplication(app);
    }

    /** The report as saved in the workspace file (open it only after {@link #close()}). */
    Report saved() {
        try (SqliteWorkspace ws = SqliteWorkspace.open(workspace)) {
            return ws.load(ws.list().get(0).id()).orElseThrow();
        }
    }

    Stage stage() {
        return stage;
    }

    @SuppressWarnings("unchecked")
    TreeView<Object> findingsTree() {
        return robot.lookup("#findings-tree").queryAs(TreeView.class);
    }

    String findingsSummary() {
        return robot.lookup("#findings-summary").queryAs(Label.class).getText();
    }

    String findingsCoverage() {
        return robot.lookup("#findings-coverage").queryAs(Label.class).getText();
    }

    Optional<TreeItem<Object>> finding(Predicate<Finding> which) {
        return findingsTree().getRoot().getChildren().stream().flatMap(c -> c.getChildren().stream())
                .filter(i -> i.getValue() instanceof Finding f && which.test(f)).findFirst();
    }

    /** Selects a finding in the tree (as the arrow keys would) and scrolls to it. */
    TreeItem<Object> select(Predicate<Finding> which) {
        TreeItem<Object> item = finding(which).orElseThrow();
        TreeView<Object> tree = findingsTree();
        robot.interact(() -> {
            tree.getSelectionModel().select(item);
            tree.scrollTo(tree.getRow(item));
        });
        return item;
    }

    /**
     * Clicks the finding with this key and waits until the focus has left the findings for the
     * field (focusing a freshly shown chapter is asynchronous). Returns the focused node.
     */
    Node clickFinding(String key) throws Exception {
        TreeView<Object> tree = findingsTree();
        robot.interact(() -> tree.scrollTo(tree.getRow(finding(f -> f.key().equals(key)).orElseThrow())));
        WaitForAsyncUtils.waitForFxEvents();
        // the virtual flow keeps hidden spare cells that may still hold the item: click the visible one
        robot.clickOn(robot.lookup(".tree-cell").match((TreeCell<?> c) -> c.getItem() instanceof Finding f
                && f.key().equals(key) && c.isVisible() && c.getParent() != null && c.getParent().isVisible()).<Node>query());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !inside(stage.getScene().getFocusOwner(), tree));
        return stage.getScene().getFocusOwner();
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
