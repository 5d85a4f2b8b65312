package org.selfeval.ui.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfeval.ui.forms.FormFixture.fx;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.edit.ReportEditor;
import org.selfeval.model.Report;
import org.selfeval.model.StaffCategory;
import org.selfeval.narrative.StaffingSentence;
import org.selfeval.ui.controls.GeneratedTextBox;
import org.selfeval.ui.forms.FormFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BasicsPaneTest {
    ReportEditor editor;
    BasicsPane pane;

    @Start
    void start(Stage stage) {
        editor = FormFixture.editor();
        pane = new BasicsPane(editor, FormFixture.bundle());
        stage.setScene(new Scene((javafx.scene.Parent) pane.node(), 1100, 800));
        stage.show();
    }

    <T extends javafx.scene.Node> T reveal(FxRobot robot, String query, Class<T> type) {
        T node = robot.lookup(query).queryAs(type);
        fx(() -> org.selfeval.ui.forms.Fields.reveal((javafx.scene.control.ScrollPane) pane.node(), node));
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    private static Report withoutStaffingText(Report r) {
        return r.withBasics(r.basics().withStaffing(r.basics().staffing().withText(null)));
    }

    @Test
    void typingAStaffCountChangesTheGeneratedParagraphAndUndoRestoresIt(FxRobot robot) {
        fx(() -> editor.reset(withoutStaffingText(editor.current())));
        GeneratedTextBox box = robot.lookup("#basics-staffing-text").queryAs(TextArea.class) != null
                ? (GeneratedTextBox) robot.lookup("#basics-staffing-text").queryAs(TextArea.class).getParent() : null;
        assertThat(box).isNotNull();
        String before = box.textArea().getText();
        assertThat(before).isEqualTo(StaffingSentence.of(editor.current().basics().staffing()))
                .contains("年末实有在职人员" + editor.current().basics().staffing().actualTotal() + "人");
        int total = editor.current().basics().staffing().actualTotal();

        TextField administrative = reveal(robot, "#basics-staffing-actual-0-count", TextField.class);
        robot.clickOn(administrative).press(KeyCode.END).release(KeyCode.END).eraseText(2).write("25");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.current().basics().staffing().actualOf(StaffCategory.ADMINISTRATIVE)).isEqualTo(25);
        assertThat(editor.current().basics().staffing().actualTotal()).isEqualTo(total + 2);
        assertThat(box.textArea().getText()).isEqualTo(StaffingSentence.of(editor.current().basics().staffing()))
                .contains("年末实有在职人员" + (total + 2) + "人").isNotEqualTo(before);
        assertThat(administrative.isFocused()).isTrue();
        assertThat(administrative.getText()).isEqualTo("25");

        fx(() -> editor.undo());
        assertThat(editor.current().basics().staffing().actualTotal()).isEqualTo(total);
        assertThat(administrative.getText()).isEqualTo("23");
        assertThat(box.textArea().getText()).isEqualTo(before);
    }

    @Test
    void ownWordingThenBackToGenerated(FxRobot robot) {
        fx(() -> editor.reset(withoutStaffingText(editor.current())));
        reveal(robot, "#basics-staffing-text", TextArea.class);
        robot.clickOn("#basics-staffing-text-own");
        TextArea area = robot.lookup("#basics-staffing-text").queryAs(TextArea.class);
        robot.clickOn(area).press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL).write("另有退休人员5人。");
        assertThat(editor.current().basics().staffing().text()).endsWith("另有退休人员5人。");
        robot.clickOn("#basics-staffing-text-restore");
        assertThat(editor.current().basics().staffing().text()).isNull();
        assertThat(area.getText()).doesNotContain("退休");
    }

    @Test
    void typingInTheOrganisationKeepsCaretAndIsOneUndoStep(FxRobot robot) {
        Report original = editor.current();
        TextArea area = robot.lookup("#basics-organization").queryAs(TextArea.class);
        robot.clickOn(area);
        fx(() -> area.positionCaret(0));
        robot.write("新增");
        assertThat(editor.current().basics().organization()).startsWith("新增根据");
        assertThat(area.getCaretPosition()).isEqualTo(2);
        fx(() -> editor.undo());
        assertThat(editor.current().equals(original)).as("report back to the state before").isTrue();
    }

    @Test
    void tasksCanBeAddedMovedAndRemoved(FxRobot robot) {
        int n = editor.current().basics().tasks().items().size();
        String first = editor.current().basics().tasks().items().get(0).title();
        String second = editor.current().basics().tasks().items().get(1).title();
        reveal(robot, "#basics-tasks-items-0-title", TextField.class);
        robot.clickOn("#basics-tasks-items-0-down");
        assertThat(editor.current().basics().tasks().items().get(0).title()).isEqualTo(second);
        assertThat(robot.lookup("#basics-tasks-items-0-title").queryAs(TextField.class).getText()).isEqualTo(second);
        reveal(robot, "#basics-tasks-items-add", Button.class);
        robot.clickOn("#basics-tasks-items-add");
        assertThat(editor.current().basics().tasks().items()).hasSize(n + 1);
        reveal(robot, "#basics-tasks-items-" + n + "-title", TextField.class);
        robot.clickOn("#basics-tasks-items-" + n + "-title").write("新任务");
        assertThat(editor.current().basics().tasks().items().get(n).title()).isEqualTo("新任务");
        robot.clickOn("#basics-tasks-items-" + n + "-remove");
        assertThat(editor.current().basics().tasks().items()).hasSize(n);
        fx(() -> editor.undo());
        fx(() -> editor.undo());
        fx(() -> editor.undo());
        fx(() -> editor.undo());
        assertThat(editor.current().basics().tasks().items().get(0).title()).isEqualTo(first);
    }

    @Test
    void rowsPastedFromExcelBecomeTasksAfterTheCurrentOne(FxRobot robot) {
        Report before = editor.current();
        int n = before.basics().tasks().items().size();
        fx(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString("新任务甲\t内容甲\r\n新任务乙\t\"内容乙\n第二行\"\r\n");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        TextField first = reveal(robot, "#basics-tasks-items-0-title", TextField.class);
        robot.clickOn(first).press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        var items = editor.current().basics().tasks().items();
        assertThat(items).hasSize(n + 2);
        assertThat(items.get(1).title()).isEqualTo("新任务甲");
        assertThat(items.get(1).body()).isEqualTo("内容甲");
        assertThat(items.get(2).body()).isEqualTo("内容乙\n第二行");
        assertThat(first.getText()).isEqualTo(before.basics().tasks().items().get(0).title());
        assertThat(robot.lookup("#basics-tasks-items-2-title").queryAs(TextField.class).getText()).isEqualTo("新任务乙");
        fx(() -> editor.undo());
        assertThat(editor.current().equals(before)).as("report back to the state before").isTrue();
    }

    @Test
    void aFindingsFieldPathLeadsToItsControlAndFocusMovesThere(FxRobot robot) {
        assertThat(pane.control(org.selfeval.model.FieldPath.of("basics.staffing.text"))).get().extracting(javafx.scene.Node::getId)
                .isEqualTo("basics-staffing-text");
        assertThat(pane.control(org.selfeval.model.FieldPath.of("basics.tasks.items[1].body"))).get().extracting(javafx.scene.Node::getId)
                .isEqualTo("basics-tasks-items-1-body");
        assertThat(pane.control(org.selfeval.model.FieldPath.of("basics.staffing.actual[0]"))).get().extracting(javafx.scene.Node::getId)
                .asString().startsWith("basics-staffing-actual-0-");
        assertThat(pane.control(org.selfeval.model.FieldPath.of("basics.targets.indicators[0].weight"))).get()
                .isInstanceOf(javafx.scene.control.TableView.class);
        assertThat(pane.control(org.selfeval.model.FieldPath.of("nothing.here"))).isEmpty();
        fx(() -> assertThat(pane.focus(org.selfeval.model.FieldPath.of("basics.tasks.items[4].title"))).isTrue());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#basics-tasks-items-4-title").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void tabLeavesALongTextForTheNextFieldWithoutTypingATab(FxRobot robot) {
        TextArea organization = robot.lookup("#basics-organization").queryAs(TextArea.class);
        String before = organization.getText();
        robot.clickOn(organization).type(KeyCode.TAB);
        assertThat(organization.isFocused()).isFalse();
        assertThat(robot.lookup("#basics-functions").queryAs(TextArea.class).isFocused()).isTrue();
        assertThat(editor.current().basics().organization()).isEqualTo(before);
    }

    @Test
    void snapshot(FxRobot robot) {
        FormFixture.snapshot(pane.node(), "basics-top");
        fx(() -> ((javafx.scene.control.ScrollPane) pane.node()).setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        FormFixture.snapshot(pane.node(), "basics-bottom");
    }
}
