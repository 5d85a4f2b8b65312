package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.audit.Finding;
import org.selfeval.model.FindingNote;
import org.selfeval.ui.forms.FormFixture;
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
    private RunningApp app;

    @BeforeEach
    void setUp() throws Exception {
        app = RunningApp.onSample(dir);
        app.launch();
    }

    private List<TreeItem<Object>> orphanItems() {
        return app.findingsTree().getRoot().getChildren().stream()
                .filter(c -> c.getValue() instanceof FindingsPane.OrphanGroup)
                .flatMap(c -> c.getChildren().stream()).toList();
    }

    private FindingsPane pane() {
        for (Node n = app.findingsTree(); n != null; n = n.getParent()) {
            if (n instanceof FindingsPane p) {
                return p;
            }
        }
        throw new IllegalStateException("no findings pane");
    }

    @Test
    void aFixedWarningsNoteIsListedAsNoLongerNeededAndCanBeDeletedAndUndone() throws Exception {
        TreeItem<Object> warning = app.finding(f -> f.ruleId().equals(RULE)).orElseThrow();
        String key = ((Finding) warning.getValue()).key();
        assertThat(orphanItems()).isEmpty();

        // explain the warning
        app.select(f -> f.key().equals(key));
        TextArea note = app.robot.lookup("#finding-note").queryAs(TextArea.class);
        app.robot.interact(() -> note.setText(NOTE));
        app.robot.clickOn("#finding-note-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.findingsSummary().contains("已说明 1 项"));
        assertThat(orphanItems()).isEmpty();

        // fix its cause: open the finding's field and write the adjustment reason there
        Node focused = app.clickFinding(key);
        assertThat(focused).isInstanceOf(TextInputControl.class);
        app.robot.interact(() -> ((TextInputControl) focused).setText("根据年中财政压减要求，调减会议费和印刷费。"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.finding(f -> f.ruleId().equals(RULE)).isEmpty() && orphanItems().size() == 1);

        // the note is listed at the end, under its heading, with a 删除 button
        List<TreeItem<Object>> groups = app.findingsTree().getRoot().getChildren();
        assertThat(groups.get(groups.size() - 1).getValue()).isInstanceOf(FindingsPane.OrphanGroup.class);
        assertThat(groups.get(groups.size() - 1).getValue().toString()).startsWith("已不再适用的说明（1 条");
        assertThat(orphanItems().get(0).getValue()).isEqualTo(new FindingNote(key, NOTE));
        assertThat(pane().orphans()).containsExactly(new FindingNote(key, NOTE));
        app.robot.interact(() -> app.findingsTree().scrollTo(app.findingsTree().getRow(orphanItems().get(0))));
        WaitForAsyncUtils.waitForFxEvents();
        Button delete = app.robot.lookup(".orphan-note-delete").queryAs(Button.class);
        assertThat(delete.getText()).isEqualTo("删除");
        assertThat(delete.getUserData()).isEqualTo(key);
        FormFixture.snapshot(app.robot.lookup("#side-tabs").query(), "findings-orphan");

        app.robot.clickOn(delete);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> orphanItems().isEmpty());
        assertThat(app.findingsTree().getRoot().getChildren()).noneMatch(c -> c.getValue() instanceof FindingsPane.OrphanGroup);
        assertThat(pane().orphans()).isEmpty();

        // one Ctrl+Z brings the note back, listed as no longer needed again
        app.robot.clickOn(app.findingsTree());
        app.robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> orphanItems().size() == 1);
        assertThat(orphanItems().get(0).getValue()).isEqualTo(new FindingNote(key, NOTE));
        assertThat(app.finding(f -> f.ruleId().equals(RULE))).isEmpty();

        app.close();
        assertThat(app.saved().findingNotes()).containsExactly(new FindingNote(key, NOTE));
    }
}
