package org.selfeval.ui.chapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfeval.ui.forms.FormFixture.fx;

import java.math.BigDecimal;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.edit.ReportEditor;
import org.selfeval.narrative.Narrative;

import org.selfeval.ui.forms.FormFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 10: the department sheet in chapter 四, live — a base figure changes the row, the total, the grade and the sentence. */
@ExtendWith(ApplicationExtension.class)
class DepartmentSheetPaneTest {
    ReportEditor editor;
    ConclusionPane pane;

    @Start
    void start(Stage stage) {

        editor = FormFixture.editor(FormFixture.sample().withConclusion(FormFixture.sample().conclusion().withConclusionText(null)));
        pane = new ConclusionPane(editor);
        stage.setScene(new Scene((javafx.scene.Parent) pane.node(), 1270, 790));
        stage.show();
    }

    @Test
    void editingTheBudgetChangesTheRowTheTotalTheGradeAndTheSentence(FxRobot robot) {
        Label total = robot.lookup("#sheet-total").queryAs(Label.class);
        assertThat(total.getText()).isEqualTo("按自评表计算：96.66 分，优秀");
        assertThat(robot.lookup("#sheet-sample-note").queryAs(Label.class).isVisible()).isTrue();
        // 预算执行率 is the sheet's fifth row: 1124.25 of 1150 → 97.76 %, 14.66 of 15
        Label value = robot.lookup("#sheet-value-4").queryAs(Label.class);
        Label score = robot.lookup("#sheet-score-4").queryAs(Label.class);
        assertThat(value.getText()).isEqualTo("97.76%");
        assertThat(score.getText()).isEqualTo("14.66");

        TextField budget = robot.lookup("#sheet-budgetAdjusted").queryAs(TextField.class);
        fx(() -> budget.setText("1500"));
        WaitForAsyncUtils.waitForFxEvents();
        // 74.95 %: 11.24 of 15, and the Sichuan cap of 89 below 80 %
        assertThat(editor.current().departmentSheet().budgetAdjusted()).isEqualByComparingTo("1500");
        assertThat(value.getText()).isEqualTo("74.95%");
        assertThat(score.getText()).isEqualTo("11.24");
        assertThat(total.getText()).isEqualTo("按自评表计算：89.00 分，良好");
        assertThat(Narrative.of(editor.current()).effective(org.selfeval.narrative.TextField.CONCLUSION))
                .contains("自评得分89分，综合评定为良好等次");

        fx(editor::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(total.getText()).isEqualTo("按自评表计算：96.66 分，优秀");
    }

    @Test
    void aMissingBaseFigureIsNamedAsTheFormsNameIt(FxRobot robot) {
        TextField budget = robot.lookup("#sheet-budgetAdjusted").queryAs(TextField.class);
        TextField initial = robot.lookup("#sheet-budgetInitial").queryAs(TextField.class);
        fx(() -> {
            budget.setText("");
            initial.setText("");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sheet-value-4").queryAs(Label.class).getText()).isEqualTo("缺少：全年（调整）预算数");
        assertThat(robot.lookup("#sheet-total").queryAs(Label.class).getText()).isEqualTo("自评表还有 1 项未评分");
    }

    @Test
    void aRowsNoteIsTypedBesideItAndUndone(FxRobot robot) {
        // the fifth row, 预算执行率, is a formula row: its note is kept without a score
        TextField note = robot.lookup("#sheet-note-4").queryAs(TextField.class);
        fx(() -> note.setText("调整预算为示例值"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.current().departmentSheet().entry("预算执行率")).hasValueSatisfying(e -> {
            assertThat(e.note()).isEqualTo("调整预算为示例值");
            assertThat(e.score()).isNull();
        });
        assertThat(robot.lookup("#sheet-total").queryAs(Label.class).getText()).isEqualTo("按自评表计算：96.66 分，优秀");
        fx(editor::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.current().departmentSheet().entry("预算执行率")).isEmpty();
        assertThat(note.getText()).isEmpty();
    }

    @Test
    void scoresPastedFromExcelChangeTheTotalAndUndoRestoresThem(FxRobot robot) {
        Label total = robot.lookup("#sheet-total").queryAs(Label.class);
        assertThat(total.getText()).isEqualTo("按自评表计算：96.66 分，优秀");
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putString("三级指标\t权重\t得分\t说明\n目标实现情况\t30\t20\t两项指标未完成\n违规记录\t5\t9\t\n");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        robot.interact(() -> robot.lookup("#sheet-paste").queryAs(javafx.scene.control.Button.class).fire());
        assertThat(editor.current().departmentSheet().entry("目标实现情况").orElseThrow().note()).isEqualTo("两项指标未完成");
        assertThat(total.getText()).isEqualTo("按自评表计算：88.66 分，良好");
        assertThat(robot.lookup("#sheet-paste-result").queryAs(Label.class).getText())
                .contains("已粘贴 1 个得分、1 条说明", "违规记录", "未采用");
        robot.interact(() -> editor.undo());
        assertThat(total.getText()).isEqualTo("按自评表计算：96.66 分，优秀");
    }

    /** At 1024 × 700 the chapter's column is about 560 pixels wide: the sheet fits it, wrapping, without sideways scrolling. */
    @Test
    void theSheetFitsTheChapterColumnOfASmallLaptop(FxRobot robot) {
        javafx.scene.control.ScrollPane page = (javafx.scene.control.ScrollPane) pane.node();
        double[] needed = new double[1];
        robot.interact(() -> needed[0] = page.getContent().minWidth(-1));
        assertThat(needed[0]).as("the chapter's narrowest width").isLessThanOrEqualTo(560);
    }
}
