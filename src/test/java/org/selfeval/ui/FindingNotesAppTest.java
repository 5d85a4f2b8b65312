package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.audit.Finding;
import org.selfeval.audit.Severity;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.FindingNote;
import org.selfeval.model.Report;
import org.selfeval.store.SqliteWorkspace;
import org.selfeval.ui.forms.FormFixture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A 警告 explained in the findings pane is saved with the report and is there after a restart. */
class FindingNotesAppTest {
    private static final String NOTE = "该项调整系年中上级追加资金所致，已按程序报批。";
    @TempDir
    Path dir;
    private Path workspace;
    private Stage stage;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void setUp() throws Exception {
        workspace = dir.resolve("workspace.db");
        Report seed = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        try (SqliteWorkspace ws = SqliteWorkspace.open(workspace)) {
            ws.save(seed);
        }
        stage = FxToolkit.registerPrimaryStage();
    }

    private void launch() throws Exception {
        app = FxToolkit.setupApplication(SelfEvalApp.class, "--workspace", workspace.toString());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#findings-tree").tryQuery().isPresent());
        // the decorations may re-root the scene while the window settles
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#findings-tree").tryQuery()
                .map(t -> !((TreeView<?>) t).getRoot().getChildren().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void close() throws Exception {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxToolkit.cleanupApplication(app);
    }

    @SuppressWarnings("unchecked")
    private TreeView<Object> tree() {
        return robot.lookup("#findings-tree").queryAs(TreeView.class);
    }

    private Optional<TreeItem<Object>> first(java.util.function.Predicate<Finding> which) {
        return tree().getRoot().getChildren().stream().flatMap(c -> c.getChildren().stream())
                .filter(i -> i.getValue() instanceof Finding f && which.test(f)).findFirst();
    }

    private String summary() {
        return robot.lookup("#findings-summary").queryAs(Label.class).getText();
    }

    private TreeItem<Object> select(java.util.function.Predicate<Finding> which) {
        TreeItem<Object> item = first(which).orElseThrow();
        robot.interact(() -> {
            tree().getSelectionModel().select(item);
            tree().scrollTo(tree().getRow(item));
        });
        return item;
    }

    @Test
    void aNoteIsUndoneWithCtrlZ() throws Exception {
        launch();
        select(f -> f.severity() == Severity.WARNING);
        TextArea note = robot.lookup("#finding-note").queryAs(TextArea.class);
        robot.interact(() -> note.setText(NOTE));
        robot.clickOn("#finding-note-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary().contains("已说明 1 项"));
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary().contains("已说明 0 项"));
        close();
    }

    @Test
    void explainAWarningRestartAndTheNoteIsThere() throws Exception {
        launch();
        assertThat(summary()).contains("已说明 0 项");
        Finding warning = (Finding) select(f -> f.severity() == Severity.WARNING).getValue();
        TextArea note = robot.lookup("#finding-note").queryAs(TextArea.class);
        assertThat(note.isDisabled()).isFalse();
        robot.clickOn(note);
        robot.interact(() -> note.setText(NOTE));
        robot.clickOn("#finding-note-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary().contains("已说明 1 项"));
        WaitForAsyncUtils.waitForFxEvents();
        // still selected after the re-audit, shown as explained
        TreeItem<Object> selected = tree().getSelectionModel().getSelectedItem();
        assertThat(((Finding) selected.getValue()).key()).isEqualTo(warning.key());
        TreeCell<?> cell = robot.lookup(".tree-cell").match((TreeCell<?> c) -> c.getItem() instanceof Finding f
                && f.key().equals(warning.key())).query();
        assertThat(cell.getText()).startsWith("✔").contains(NOTE);
        assertThat(cell.getStyle()).contains("#95a5a6");
        assertThat(robot.lookup("#finding-note-hint").queryAs(Label.class).getText()).contains("已说明");
        assertThat(robot.lookup("#finding-counts").queryAs(Label.class).getText()).contains("（已说明 1）");
        FormFixture.snapshot(robot.lookup("#side-tabs").query(), "findings-explained");

        // an error cannot be explained away
        select(f -> f.severity() == Severity.ERROR);
        assertThat(robot.lookup("#finding-note").queryAs(TextArea.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#finding-note-save").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#finding-note-hint").queryAs(Label.class).getText()).contains("错误必须改正");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#save-status").queryAs(Label.class).getText().startsWith("已保存"));
        close();
        try (SqliteWorkspace ws = SqliteWorkspace.open(workspace)) {
            Report saved = ws.load(ws.list().get(0).id()).orElseThrow();
            assertThat(saved.findingNotes()).containsExactly(new FindingNote(warning.key(), NOTE));
        }

        launch();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary().contains("已说明 1 项"));
        select(f -> f.key().equals(warning.key()));
        assertThat(robot.lookup("#finding-note").queryAs(TextArea.class).getText()).isEqualTo(NOTE);
        close();
    }
}
