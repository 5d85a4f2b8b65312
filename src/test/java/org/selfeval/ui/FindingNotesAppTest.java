package org.selfeval.ui;

import org.selfeval.ui.controls.Look;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.audit.Finding;
import org.selfeval.audit.Severity;
import org.selfeval.model.FindingNote;
import org.selfeval.ui.forms.FormFixture;
import org.testfx.util.WaitForAsyncUtils;

/** A 警告 explained in the findings pane is saved with the report and is there after a restart. */
class FindingNotesAppTest {
    private static final String NOTE = "该项调整系年中上级追加资金所致，已按程序报批。";
    @TempDir
    Path dir;
    private RunningApp app;

    @BeforeEach
    void setUp() throws Exception {
        app = RunningApp.onSample(dir);
    }

    @Test
    void underTheSummaryALineSaysWhatTheAuditCouldNotCheck() throws Exception {
        app.launch();
        assertThat(app.findingsCoverage()).startsWith("已与填报数核对 ")
                .contains("2 段含数字但未能核对", "“主要用于政务大厅窗口工作…”", "“根据项目实施情况调整资金…”");
        app.close();
    }

    @Test
    void aNoteIsUndoneWithCtrlZ() throws Exception {
        app.launch();
        app.select(f -> f.severity() == Severity.WARNING);
        TextArea note = app.robot.lookup("#finding-note").queryAs(TextArea.class);
        app.robot.interact(() -> note.setText(NOTE));
        app.robot.clickOn("#finding-note-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.findingsSummary().contains("已说明 1 项"));
        app.robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.findingsSummary().contains("已说明 0 项"));
        app.close();
    }

    @Test
    void explainAWarningRestartAndTheNoteIsThere() throws Exception {
        app.launch();
        assertThat(app.findingsSummary()).contains("已说明 0 项");
        Finding warning = (Finding) app.select(f -> f.severity() == Severity.WARNING).getValue();
        TextArea note = app.robot.lookup("#finding-note").queryAs(TextArea.class);
        assertThat(note.isDisabled()).isFalse();
        app.robot.clickOn(note);
        app.robot.interact(() -> note.setText(NOTE));
        app.robot.clickOn("#finding-note-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.findingsSummary().contains("已说明 1 项"));
        WaitForAsyncUtils.waitForFxEvents();
        // still selected after the re-audit, shown as explained
        TreeItem<Object> selected = app.findingsTree().getSelectionModel().getSelectedItem();
        assertThat(((Finding) selected.getValue()).key()).isEqualTo(warning.key());
        TreeCell<?> cell = app.robot.lookup(".tree-cell").match((TreeCell<?> c) -> c.getItem() instanceof Finding f
                && f.key().equals(warning.key())).query();
        assertThat(cell.getText()).startsWith("✔").contains(NOTE);
        assertThat(Look.inState(cell, "explained")).isTrue();
        // the theme's stylesheet greys it: not the colour of a warning still open
        TreeCell<?> open = app.robot.lookup(".tree-cell").match((TreeCell<?> c) -> c.getItem() instanceof Finding f
                && f.severity() == org.selfeval.audit.Severity.WARNING && !f.key().equals(warning.key())).query();
        assertThat(cell.getTextFill()).isNotEqualTo(open.getTextFill());
        assertThat(app.robot.lookup("#finding-note-hint").queryAs(Label.class).getText()).contains("已说明");
        assertThat(app.robot.lookup("#finding-counts").queryAs(Label.class).getText()).contains("（已说明 1）");
        FormFixture.snapshot(app.robot.lookup("#side-tabs").query(), "findings-explained");

        // an error cannot be explained away
        app.select(f -> f.severity() == Severity.ERROR);
        assertThat(app.robot.lookup("#finding-note").queryAs(TextArea.class).isDisabled()).isTrue();
        assertThat(app.robot.lookup("#finding-note-save").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(app.robot.lookup("#finding-note-hint").queryAs(Label.class).getText()).contains("错误必须改正");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> app.robot.lookup("#save-status").queryAs(Label.class).getText().startsWith("已保存"));
        app.close();
        assertThat(app.saved().findingNotes()).containsExactly(new FindingNote(warning.key(), NOTE));

        app.launch();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.findingsSummary().contains("已说明 1 项"));
        app.select(f -> f.key().equals(warning.key()));
        assertThat(app.robot.lookup("#finding-note").queryAs(TextArea.class).getText()).isEqualTo(NOTE);
        app.close();
    }
}
