package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.audit.Finding;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.FindingNote;
import org.selfeval.model.Report;
import org.selfeval.store.SqliteWorkspace;
import org.selfeval.ui.forms.FormFixture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A 说明 whose warning has since been fixed is listed at the end of the findings as
 * 已不再适用的说明 and can be deleted there; the deletion is one undoable edit.
 */
class FindingOrphansAppTest {
    private static final String NOTE = "年中压减会议费，按财政要求调减预算。";
    /** R9a: project 0's budget was adjusted without a reason; writing the reason fixes it. */
    private static final String RULE = "R9a";
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
        app = FxToolkit.setupApplication(SelfEvalApp.class, "--workspace", workspace.toString());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#findings-tree").tryQuery()
                .map(t -> !((TreeView<?>) t).getRoot().getChildren().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TreeView<Object> tree() {
        return robot.lookup("#findings-tree").queryAs(TreeView.class);
    }

    private Optional<TreeItem<Object>> finding(String rule) {
        return tree().getRoot().getChildren().stream().flatMap(c -> c.getChildren().stream())
                .filter(i -> i.getValue() instanceof Finding f && f.ruleId().equals(rule)).findFirst();
    }

    private List<TreeItem<Object>> orphanItems() {
        return tree().getRoot().getChildren().stream()
                .filter(c -> c.getValue() instanceof FindingsPane.OrphanGroup)
                .flatMap(c -> c.getChildren().stream()).toList();
    }

    private FindingsPane pane() {
        for (Node n = tree(); n != null; n = n.getParent()) {
            if (n instanceof FindingsPane p) {
                return p;
            }
        }
        throw new IllegalStateException("no findings pane");
    }

    private String summary() {
        return robot.lookup("#findings-summary").queryAs(Label.class).getText();
    }

    @Test
    void aFixedWarningsNoteIsListedAsNoLongerNeededAndCanBeDeletedAndUndone() throws Exception {
        TreeItem<Object> warning = finding(RULE).orElseThrow();
        String key = ((Finding) warning.getValue()).key();
        assertThat(orphanItems()).isEmpty();

        // explain the warning
        robot.interact(() -> {
            tree().getSelectionModel().select(warning);
            tree().scrollTo(tree().getRow(warning));
        });
        TextArea note = robot.lookup("#finding-note").queryAs(TextArea.class);
        robot.interact(() -> note.setText(NOTE));
        robot.clickOn("#finding-note-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary().contains("已说明 1 项"));
        assertThat(orphanItems()).isEmpty();

        // fix its cause: open the finding's field and write the adjustment reason there
        robot.interact(() -> tree().scrollTo(tree().getRow(finding(RULE).orElseThrow())));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".tree-cell").match((javafx.scene.control.TreeCell<?> c) ->
                c.getItem() instanceof Finding f && f.key().equals(key)).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = stage.getScene().getFocusOwner();
        assertThat(focused).isInstanceOf(TextInputControl.class);
        robot.interact(() -> ((TextInputControl) focused).setText("根据年中财政压减要求，调减会议费和印刷费。"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> finding(RULE).isEmpty() && orphanItems().size() == 1);

        // the note is listed at the end, under its heading, with a 删除 button
        List<TreeItem<Object>> groups = tree().getRoot().getChildren();
        assertThat(groups.get(groups.size() - 1).getValue()).isInstanceOf(FindingsPane.OrphanGroup.class);
        assertThat(groups.get(groups.size() - 1).getValue().toString()).startsWith("已不再适用的说明（1 条");
        assertThat(orphanItems().get(0).getValue()).isEqualTo(new FindingNote(key, NOTE));
        assertThat(pane().orphans()).containsExactly(new FindingNote(key, NOTE));
        robot.interact(() -> tree().scrollTo(tree().getRow(orphanItems().get(0))));
        WaitForAsyncUtils.waitForFxEvents();
        Button delete = robot.lookup(".orphan-note-delete").queryAs(Button.class);
        assertThat(delete.getText()).isEqualTo("删除");
        assertThat(delete.getUserData()).isEqualTo(key);
        FormFixture.snapshot(robot.lookup("#side-tabs").query(), "findings-orphan");

        robot.clickOn(delete);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> orphanItems().isEmpty());
        assertThat(tree().getRoot().getChildren()).noneMatch(c -> c.getValue() instanceof FindingsPane.OrphanGroup);
        assertThat(pane().orphans()).isEmpty();

        // one Ctrl+Z brings the note back, listed as no longer needed again
        robot.clickOn(tree());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> orphanItems().size() == 1);
        assertThat(orphanItems().get(0).getValue()).isEqualTo(new FindingNote(key, NOTE));
        assertThat(finding(RULE)).isEmpty();

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxToolkit.cleanupApplication(app);
        try (SqliteWorkspace ws = SqliteWorkspace.open(workspace)) {
            Report saved = ws.load(ws.list().get(0).id()).orElseThrow();
            assertThat(saved.findingNotes()).containsExactly(new FindingNote(key, NOTE));
        }
    }
}
