package org.selfeval.ui.indicators;

import org.selfeval.profile.IndicatorLibrary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.selfeval.ui.forms.FormFixture.fx;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.edit.ReportEditor;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.IndicatorScoring;
import org.selfeval.model.QualitativeGrade;
import org.selfeval.model.Report;
import org.selfeval.ui.forms.Binder;
import org.selfeval.ui.forms.FormFixture;
import org.selfeval.ui.forms.FormTexts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class IndicatorTableTest {
    static final String ROWS = String.join("\n",
            "产出指标\t数量指标\t办理政务服务事项\t≥\t150\t万件\t189.44\t30\t\t",
            "效益指标\t社会效益指标\t好评率\t≥\t99.995\t%\t99.99\t30\t\t",
            "满意度指标\t服务对象满意度指标\t群众满意度\t定性\t\t\t达成年度指标\t20\t\t",
            "成本指标\t经济成本指标\t\"运行成本\n（含维护）\"\t≤\t100\t万元\t120\t10\t\t超支") + "\r\n";

    ReportEditor editor;
    IndicatorTable table;
    Report original;

    @Start
    void start(Stage stage) {
        editor = FormFixture.editor();
        original = editor.current();
        Binder binder = new Binder(editor, m -> { });
        table = new IndicatorTable(binder, new FormTexts(FormFixture.bundle()), IndicatorLibrary.standard(),
                "basics.targets.indicators", r -> r.basics().targets().indicators(),
                (r, rows) -> r.withBasics(r.basics().withTargets(r.basics().targets().withIndicators(rows))));
        stage.setScene(new Scene(new VBox(table), 1250, 420));
        stage.show();
    }

    List<Indicator> rows() {
        return editor.current().basics().targets().indicators();
    }

    IndicatorCell cell(int row, IndicatorColumn column) {
        for (Node n : table.tableView().lookupAll(".indicator-cell")) {
            if (n instanceof IndicatorCell c && c.getIndex() == row && c.column() == column) {
                return c;
            }
        }
        throw new AssertionError("no cell " + row + " " + column);
    }

    TextField field(int row, IndicatorColumn column) {
        return (TextField) cell(row, column).editorNode();
    }

    void pasteRows(FxRobot robot) {
        fx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(ROWS);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#basics-targets-indicators-paste");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pastedExcelRowsBecomeIndicatorsWithComputedScoresInOneUndoStep(FxRobot robot) {
        pasteRows(robot);
        List<Indicator> rows = rows();
        assertThat(rows).hasSize(4);
        assertThat(rows).extracting(Indicator::level1).containsExactly("产出指标", "效益指标", "满意度指标", "成本指标");
        assertThat(rows.get(3).name()).isEqualTo("运行成本\n（含维护）");
        assertThat(rows.get(3).nature()).isEqualTo(IndicatorNature.AT_MOST);
        assertThat(rows.get(2).nature()).isEqualTo(IndicatorNature.QUALITATIVE);
        assertThat(rows.get(2).grade()).isEqualTo(QualitativeGrade.ACHIEVED);
        assertThat(rows.get(3).deviationReason()).isEqualTo("超支");
        // cost ≤100 with 120 spent: 10 × (1 − 0.2) (domain.md §1.3 worked example)
        assertThat(IndicatorScoring.compute(rows.get(3)).orElseThrow()).isEqualByComparingTo("8.00");
        for (int i = 0; i < rows.size(); i++) {
            assertThat(field(i, IndicatorColumn.SCORE).getText())
                    .isEqualTo(IndicatorScoring.compute(rows.get(i)).orElseThrow().toPlainString());
        }
        assertThat(table.totalsLabel().getText()).contains("4").contains("90.00");

        fx(() -> editor.undo());
        assertThat(rows()).isEmpty();
        assertThat(editor.current().equals(original)).as("report back to the state before").isTrue();
    }

    @Test
    void ctrlVInACellOverwritesFromThatCellAndRefusesWhatDoesNotFit(FxRobot robot) {
        pasteRows(robot);
        fx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("件数\t大约\t88\n");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn(field(1, IndicatorColumn.NAME));
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows().get(1).name()).isEqualTo("件数");
        assertThat(rows().get(1).nature()).isEqualTo(IndicatorNature.AT_LEAST);
        assertThat(rows().get(1).target()).isEqualTo("88");
        assertThat(table.messageLabel().getText()).contains("第 2 行").contains("指标性质").contains("大约");
    }

    @Test
    void typingAWeightRecomputesTheScoreAndAQualitativeScoreIsKeptInsideItsBand(FxRobot robot) {
        pasteRows(robot);
        TextField weight = field(0, IndicatorColumn.WEIGHT);
        robot.doubleClickOn(weight).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("25");
        assertThat(rows().get(0).weight()).isEqualByComparingTo("25");
        assertThat(weight.getText()).isEqualTo("25");
        assertThat(weight.isFocused()).isTrue();
        assertThat(field(0, IndicatorColumn.SCORE).getText())
                .isEqualTo(IndicatorScoring.compute(rows().get(0)).orElseThrow().toPlainString());

        TextField score = field(2, IndicatorColumn.SCORE);
        assertThat(score.isEditable()).isTrue();
        assertThat(field(0, IndicatorColumn.SCORE).isEditable()).isFalse();
        robot.clickOn(score).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("15")
                .type(KeyCode.ENTER);
        assertThat(rows().get(2).score()).isNull();
        assertThat(table.messageLabel().getText()).contains("第 3 行").contains("15.00").contains("16.00");
        assertThat(score.getText()).isEqualTo("20.00");

        robot.clickOn(score).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("18")
                .type(KeyCode.ENTER);
        assertThat(rows().get(2).score()).isEqualByComparingTo("18");
        assertThat(table.messageLabel().isVisible()).isFalse();
        fx(() -> editor.undo());
        assertThat(rows().get(2).score()).isNull();
        assertThat(field(2, IndicatorColumn.SCORE).getText()).isEqualTo("20.00");
    }

    @Test
    void tabAndEnterMoveThroughCells(FxRobot robot) {
        pasteRows(robot);
        robot.clickOn(field(0, IndicatorColumn.TARGET));
        robot.type(KeyCode.TAB);
        assertThat(field(0, IndicatorColumn.UNIT).isFocused()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(field(1, IndicatorColumn.UNIT).isFocused()).isTrue();
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertThat(field(1, IndicatorColumn.TARGET).isFocused()).isTrue();
        // the 定性等级 and computed 得分 cells of a quantitative row are skipped
        robot.clickOn(field(1, IndicatorColumn.ACTUAL)).type(KeyCode.TAB);
        assertThat(field(1, IndicatorColumn.WEIGHT).isFocused()).isTrue();
        // Enter on the last row starts a new row below it, 一级 / 二级 carried down
        robot.clickOn(field(3, IndicatorColumn.NAME)).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows()).hasSize(5);
        assertThat(rows().get(4).level1()).isEqualTo("成本指标");
        assertThat(field(4, IndicatorColumn.NAME).isFocused()).isTrue();
        robot.write("新指标");
        assertThat(rows().get(4).name()).isEqualTo("新指标");
    }

    @Test
    void level2PickerOffersTheLevel2OfTheRowsLevel1(FxRobot robot) {
        pasteRows(robot);
        @SuppressWarnings("unchecked")
        ComboBox<String> level2 = (ComboBox<String>) cell(3, IndicatorColumn.LEVEL2).editorNode();
        fx(level2::show);
        assertThat(level2.getItems()).containsExactly("经济成本指标", "社会成本指标", "生态环境成本指标");
        fx(level2::hide);
        fx(() -> level2.setValue("社会成本指标"));
        assertThat(rows().get(3).level2()).isEqualTo("社会成本指标");
    }

    @Test
    void rowsAreAddedMovedAndRemoved(FxRobot robot) {
        pasteRows(robot);
        robot.clickOn(field(0, IndicatorColumn.NAME));
        robot.clickOn("#basics-targets-indicators-down");
        assertThat(rows().get(1).name()).isEqualTo("办理政务服务事项");
        robot.clickOn("#basics-targets-indicators-add");
        assertThat(rows()).hasSize(5);
        assertThat(rows().get(2).level1()).isEqualTo("产出指标");
        robot.clickOn("#basics-targets-indicators-remove");
        assertThat(rows()).hasSize(4);
        Label totals = table.totalsLabel();
        assertThat(totals.getText()).contains("4");
        FormFixture.snapshot(table, "indicator-table");
    }

    @Test
    void thePickerColumnsHoldTheLongestStandardNamesWhole(FxRobot robot) {
        for (IndicatorColumn c : List.of(IndicatorColumn.LEVEL1, IndicatorColumn.LEVEL2)) {
            double width = table.tableView().getColumns().stream().filter(col -> col.getUserData() == c).findFirst()
                    .orElseThrow().getWidth();
            for (String name : List.of("可持续影响指标", "满意度指标", "社会效益指标", "服务对象满意度指标")) {
                javafx.scene.text.Text t = new javafx.scene.text.Text(name);
                t.setFont(javafx.scene.text.Font.getDefault());
                if (IndicatorLibrary.standard().trees().stream().flatMap(tree -> tree.level1().stream())
                        .anyMatch(l1 -> c == IndicatorColumn.LEVEL1 ? l1.name().equals(name) : l1.level2().contains(name))) {
                    assertThat(width).as(c + " holds " + name).isGreaterThanOrEqualTo(t.getLayoutBounds().getWidth() + 40);
                }
            }
        }
    }

    @Test
    void tabIntoACellOffTheRightEdgeScrollsTheTableToIt(FxRobot robot) {
        pasteRows(robot);
        fx(() -> table.setMaxWidth(520)); // a narrow form: the table scrolls sideways
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(cell(0, IndicatorColumn.NAME));
        javafx.geometry.Bounds shown = table.tableView().localToScreen(table.tableView().getLayoutBounds());
        int checked = 0;
        for (int i = 0; i < 7; i++) {
            robot.push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = table.tableView().getScene().getFocusOwner();
            IndicatorCell owner = null;
            for (Node n = focused; n != null; n = n.getParent()) {
                if (n instanceof IndicatorCell c) {
                    owner = c;
                    break;
                }
            }
            if (owner == null) {
                continue;
            }
            javafx.geometry.Bounds at = owner.localToScreen(owner.getLayoutBounds());
            assertThat(at.getMinX()).as("%s starts in view", owner.column()).isGreaterThanOrEqualTo(shown.getMinX() - 1);
            assertThat(at.getMaxX()).as("%s ends in view", owner.column()).isLessThanOrEqualTo(shown.getMaxX() + 1);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }
}
