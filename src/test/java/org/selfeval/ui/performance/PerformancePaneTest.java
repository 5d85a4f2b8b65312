package org.selfeval.ui.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfeval.ui.forms.FormFixture.fx;

import java.math.BigDecimal;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.edit.ReportEditor;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Percent;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.narrative.SpendingSentences;
import org.selfeval.ui.forms.Fields;
import org.selfeval.ui.forms.FormFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PerformancePaneTest {
    ReportEditor editor;
    PerformancePane pane;

    @Start
    void start(Stage stage) {
        Report r = FormFixture.sample();
        var pa = r.performance().projectAnalysis().withSpendingControlText(null).withGoalAchievementText(null);
        editor = FormFixture.editor(r.withPerformance(r.performance().withProjectAnalysis(pa)));
        pane = new PerformancePane(editor, FormFixture.bundle());
        stage.setScene(new Scene((javafx.scene.Parent) pane.node(), 1100, 800));
        stage.show();
    }

    <T extends Node> T reveal(FxRobot robot, String query, Class<T> type) {
        T node = robot.lookup(query).queryAs(type);
        fx(() -> Fields.reveal((ScrollPane) pane.node(), node));
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    @Test
    void typingThePublicExpenseOutturnChangesRateAndSentenceAndUndoRestoresThem(FxRobot robot) {
        BudgetFigures before = editor.current().performance().projectAnalysis().publicExpenses();
        Label rate = robot.lookup("#performance-projectAnalysis-publicExpenses-rate").queryAs(Label.class);
        TextArea sentence = robot.lookup("#performance-projectAnalysis-spendingControlText").queryAs(TextArea.class);
        assertThat(rate.getText()).isEqualTo(Percent.format(before.executionRate().orElseThrow()) + "%");
        assertThat(sentence.getText()).isEqualTo(SpendingSentences.publicExpenses(2023, before));

        TextField executed = reveal(robot, "#performance-projectAnalysis-publicExpenses-executed", TextField.class);
        robot.clickOn(executed).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("200.5");
        WaitForAsyncUtils.waitForFxEvents();

        BudgetFigures after = editor.current().performance().projectAnalysis().publicExpenses();
        assertThat(after.executed()).isEqualByComparingTo("200.50");
        String expectedRate = Percent.format(Percent.of(new BigDecimal("200.50"), before.adjusted()).orElseThrow());
        assertThat(rate.getText()).isEqualTo(expectedRate + "%");
        assertThat(sentence.getText()).isEqualTo(SpendingSentences.publicExpenses(2023, after)).contains("200.5");
        assertThat(executed.isFocused()).isTrue();

        robot.write("x");
        assertThat(editor.current().performance().projectAnalysis().publicExpenses().executed())
                .isEqualByComparingTo("200.50");
        assertThat(executed.getText()).isEqualTo("200.5");

        fx(() -> editor.undo());
        assertThat(editor.current().performance().projectAnalysis().publicExpenses()).isEqualTo(before);
        assertThat(sentence.getText()).isEqualTo(SpendingSentences.publicExpenses(2023, before));
    }

    @Test
    void largeProjectsAreListedFromTheProjectDataAndTheirTextIsEditable(FxRobot robot) {
        Report r = editor.current();
        assertThat(r.projects().stream().filter(Project::isLarge).count()).isEqualTo(1);
        assertThat(robot.lookup("#projects-0-reportText").tryQuery()).isPresent();
        assertThat(robot.lookup("#projects-1-reportText").tryQuery()).isEmpty();

        Project small = r.projects().get(1);
        fx(() -> editor.apply(null, x -> x.withProjects(java.util.List.of(x.projects().get(0),
                small.withFunds(FundSource.FISCAL, new BudgetFigures(new BigDecimal("120.00"), null, new BigDecimal("60.00")))))));
        assertThat(robot.lookup("#projects-1-reportText").tryQuery()).isPresent();
        assertThat(robot.lookup("#large-1-rate").queryAs(Label.class).getText()).isEqualTo("50.00%");

        TextArea text = reveal(robot, "#projects-1-reportText", TextArea.class);
        robot.clickOn(text).write("用于系统建设。");
        assertThat(editor.current().projects().get(1).reportText()).endsWith("用于系统建设。");
        fx(() -> editor.undo());
        fx(() -> editor.undo());
        assertThat(editor.current().equals(r)).as("report back to the state before").isTrue();
        assertThat(robot.lookup("#projects-1-reportText").tryQuery()).isEmpty();
    }

    @Test
    void snapshot(FxRobot robot) {
        FormFixture.snapshot(pane.node(), "performance-top");
        reveal(robot, "#performance-projectAnalysis-goalAchievementText", TextArea.class);
        FormFixture.snapshot(pane.node(), "performance-overall");
        reveal(robot, "#performance-largeProjects", javafx.scene.layout.VBox.class);
        FormFixture.snapshot(pane.node(), "performance-large");
    }

    @Test
    void theSheetsRateIsOfferedUnderBudgetCompletionInsertedAndUndone(FxRobot robot) {
        javafx.scene.layout.HBox offer = robot.lookup("#sheet-sentence-budgetCompletion").queryAs(javafx.scene.layout.HBox.class);
        assertThat(offer.isVisible()).isTrue();
        Label sentence = (Label) offer.getChildren().get(0);
        assertThat(sentence.getText()).isEqualTo("按部门整体自评表：2023年度部门预算执行率为97.76%。");
        String before = editor.current().performance().projectAnalysis().budgetCompletion();
        reveal(robot, "#sheet-sentence-budgetCompletion", javafx.scene.layout.HBox.class);
        robot.clickOn((javafx.scene.control.Button) offer.getChildren().get(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.current().performance().projectAnalysis().budgetCompletion())
                .isEqualTo(before.strip() + "2023年度部门预算执行率为97.76%。");
        assertThat(offer.isVisible()).isFalse();
        assertThat(org.selfeval.audit.Auditor.standard().audit(editor.current())).noneMatch(f -> f.ruleId().equals("R29e"));

        // the sheet follows the figures: a new 全年预算数 changes the offered rate once the paragraph no longer names it
        fx(() -> editor.undo());
        assertThat(offer.isVisible()).isTrue();
        fx(() -> editor.apply(null, r -> r.withDepartmentSheet(r.departmentSheet().withBudgetAdjusted(new BigDecimal("1124.25")))));
        assertThat(sentence.getText()).isEqualTo("按部门整体自评表：2023年度部门预算执行率为100%。");
    }

    @Test
    void theRowButtonsKeepTheirWordsInANarrowWindow(org.testfx.api.FxRobot robot) {
        robot.interact(() -> pane.node().getScene().getWindow().setWidth(560));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        var buttons = robot.lookup(".button").match((javafx.scene.control.Button b) -> b.getId() != null
                && (b.getId().endsWith("-up") || b.getId().endsWith("-down") || b.getId().endsWith("-remove"))
                && b.getScene() != null).queryAllAs(javafx.scene.control.Button.class);
        assertThat(buttons).isNotEmpty();
        for (javafx.scene.control.Button b : buttons) {
            javafx.scene.text.Text shown = (javafx.scene.text.Text) b.lookup(".text");
            assertThat(shown.getText()).as(b.getId()).isEqualTo(b.getText());
        }
        robot.interact(() -> pane.node().getScene().getWindow().setWidth(1100));
    }
}
