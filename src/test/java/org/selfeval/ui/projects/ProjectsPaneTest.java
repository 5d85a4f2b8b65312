package org.selfeval.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfeval.ui.forms.FormFixture.fx;

import java.math.BigDecimal;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import org.selfeval.ui.controls.LongTextArea;
import org.selfeval.ui.forms.Fields;
import org.selfeval.ui.forms.FormFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ProjectsPaneTest {
    ReportEditor editor;
    ProjectsPane pane;
    Report original;

    @Start
    void start(Stage stage) {
        editor = FormFixture.editor();
        original = editor.current();
        pane = new ProjectsPane(editor, FormFixture.bundle());
        stage.setScene(new Scene((javafx.scene.Parent) pane.node(), 1270, 790));
        stage.show();
    }

    ScrollPane page() {
        return (ScrollPane) pane.node().lookup("#chapter-projects");
    }

    <T extends Node> T reveal(FxRobot robot, String query, Class<T> type) {
        T node = robot.lookup(query).queryAs(type);
        fx(() -> Fields.reveal(page(), node));
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    void select(FxRobot robot, int index) {
        @SuppressWarnings("unchecked")
        ListView<String> list = robot.lookup("#projects-list").queryAs(ListView.class);
        fx(() -> list.getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingAnOutturnRecomputesRateAndExecutionScoreAndUndoRestoresThem(FxRobot robot) {
        select(robot, 1);
        Project p = original.projects().get(1);
        Label rate = robot.lookup("#projects-1-funds-total-rate").queryAs(Label.class);
        Label score = robot.lookup("#projects-1-funds-executionScore").queryAs(Label.class);
        assertThat(rate.getText()).isEqualTo(Percent.format(p.totalFunds().executionRate().orElseThrow()) + "%");
        assertThat(score.getText()).isEqualTo(p.executionScore().orElseThrow().toPlainString());

        TextField executed = reveal(robot, "#projects-1-funds-FISCAL-executed", TextField.class);
        robot.clickOn(executed).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("45");
        Project after = editor.current().projects().get(1);
        assertThat(after.funds(FundSource.FISCAL).executed()).isEqualByComparingTo("45");
        assertThat(rate.getText()).isEqualTo("75.00%");
        assertThat(score.getText()).isEqualTo(after.executionScore().orElseThrow().toPlainString()).isEqualTo("7.50");
        assertThat(executed.isFocused()).isTrue();

        robot.write("-");
        assertThat(editor.current().projects().get(1).funds(FundSource.FISCAL).executed()).isEqualByComparingTo("45");

        fx(() -> editor.undo());
        assertThat(editor.current().equals(original)).as("report back to the state before").isTrue();
        assertThat(executed.getText()).isEqualTo("11.24");
        assertThat(score.getText()).isEqualTo(p.executionScore().orElseThrow().toPlainString());
    }

    @Test
    void aProjectIsAddedRenamedAndRemovedAndEveryStepUndoes(FxRobot robot) {
        robot.clickOn("#projects-add");
        assertThat(editor.current().projects()).hasSize(3);
        Project added = editor.current().projects().get(2);
        assertThat(added.competentDepartment()).isEqualTo(original.department().fullName());
        TextField name = robot.lookup("#projects-2-name").queryAs(TextField.class);
        assertThat(name.isFocused()).isTrue();
        robot.write("政务服务好差评系统运维");
        assertThat(editor.current().projects().get(2).name()).isEqualTo("政务服务好差评系统运维");
        @SuppressWarnings("unchecked")
        ListView<String> list = robot.lookup("#projects-list").queryAs(ListView.class);
        assertThat(robot.lookup(".list-cell").queryAll()).anyMatch(n -> "政务服务好差评系统运维".equals(((javafx.scene.control.ListCell<?>) n).getText()));

        robot.clickOn("#projects-remove");
        assertThat(editor.current().projects()).hasSize(2);
        assertThat(list.getItems()).hasSize(2);
        fx(() -> editor.undo());
        assertThat(editor.current().projects()).hasSize(3);
        fx(() -> editor.undo());
        fx(() -> editor.undo());
        assertThat(editor.current().equals(original)).as("report back to the state before").isTrue();
        assertThat(list.getItems()).hasSize(2);
    }

    @Test
    void textBlocksCountCharactersLiveAgainstTheirLimits(FxRobot robot) {
        select(robot, 0);
        TextArea problems = reveal(robot, "#projects-0-problems", TextArea.class);
        LongTextArea box = (LongTextArea) problems.getParent();
        robot.clickOn(problems).write("资金支付进度偏慢");
        assertThat(editor.current().projects().get(0).problems()).isEqualTo("资金支付进度偏慢");
        assertThat(box.counterLabel().getText()).contains("8").contains("200");
        assertThat(box.isOverLimit()).isFalse();
        fx(() -> editor.apply("x", r -> r.withProjects(java.util.List.of(
                r.projects().get(0).withProblems("问".repeat(201)), r.projects().get(1)))));
        assertThat(problems.getText()).hasSize(201);
        assertThat(box.isOverLimit()).isTrue();
        TextArea completion = robot.lookup("#projects-0-goalCompletion").queryAs(TextArea.class);
        assertThat(((LongTextArea) completion.getParent()).counterLabel().getText()).contains("100");
    }

    @Test
    void snapshots(FxRobot robot) {
        select(robot, 1);
        fx(() -> editor.apply(null, r -> r.withProjects(java.util.List.of(r.projects().get(0),
                r.projects().get(1).withFunds(FundSource.UNIT, new BudgetFigures(new BigDecimal("5.00"),
                        new BigDecimal("5.00"), new BigDecimal("4.00")))))));
        FormFixture.snapshot(pane.node(), "projects-top");
        reveal(robot, "#projects-1-indicators", javafx.scene.control.TableView.class);
        FormFixture.snapshot(pane.node(), "projects-indicators");
    }

    @Test
    void aFindingOfAnotherProjectFindsNoControlInTheShownProjectsForm(FxRobot robot) {
        select(robot, 1);
        org.selfeval.model.FieldPath own = org.selfeval.model.FieldPath.of("projects[1].funds.FISCAL.executed");
        assertThat(pane.control(own)).get().extracting(Node::getId).isEqualTo("projects-1-funds-FISCAL-executed");
        assertThat(pane.control(org.selfeval.model.FieldPath.of("projects[1].indicators[0].actual"))).get()
                .isInstanceOf(javafx.scene.control.TableView.class);
        for (String other : new String[] {"projects[0].funds.FISCAL.executed", "projects[0].name", "projects[0]",
                "projects[11].funds.FISCAL.executed", "projects[0].indicators[0].actual"}) {
            assertThat(pane.control(org.selfeval.model.FieldPath.of(other))).as(other).isEmpty();
        }
    }

    @Test
    void aProjectsDepartmentNamesShowWholeInAFormOfALaptopsWidth(FxRobot robot) {
        select(robot, 0);
        javafx.scene.layout.Region root = (javafx.scene.layout.Region) pane.node();
        fx(() -> root.setMaxWidth(760)); // the form's room in a maximised window 1366 px wide
        WaitForAsyncUtils.waitForFxEvents();
        try {
            for (String field : new String[] {"competentDepartment", "implementingUnit"}) {
                TextField f = robot.lookup("#projects-0-" + field).queryAs(TextField.class);
                javafx.scene.text.Text text = new javafx.scene.text.Text(f.getText());
                text.setFont(f.getFont());
                assertThat(f.getWidth() - f.getPadding().getLeft() - f.getPadding().getRight()).as(field + ": " + f.getText())
                        .isGreaterThanOrEqualTo(text.getLayoutBounds().getWidth());
            }
        } finally {
            fx(() -> root.setMaxWidth(Double.MAX_VALUE));
        }
    }

    @Test
    void tabbingDownTheFormKeepsTheFocusedFieldInView(FxRobot robot) {
        select(robot, 1);
        TextField first = reveal(robot, "#projects-1-funds-FISCAL-executed", TextField.class);
        robot.clickOn(first);
        int checked = 0;
        for (int i = 0; i < 40; i++) {
            robot.push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = page().getScene().getFocusOwner();
            if (focused == null || !inside(focused, page().getContent())) {
                continue;
            }
            javafx.geometry.Bounds view = page().localToScene(page().getViewportBounds());
            javafx.geometry.Bounds field = focused.localToScene(focused.getBoundsInLocal());
            javafx.geometry.Bounds viewport = page().localToScene(page().getLayoutBounds());
            assertThat(field.getMinY()).as("Tab %d: top of %s in view", i, focused.getId())
                    .isGreaterThanOrEqualTo(viewport.getMinY() - 1);
            assertThat(Math.min(field.getMaxY(), field.getMinY() + view.getHeight())).as("Tab %d: %s in view", i, focused.getId())
                    .isLessThanOrEqualTo(viewport.getMaxY() + 1);
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(page().getVvalue()).as("the page followed the focus down").isGreaterThan(0);
    }

    @Test
    void deletingAProjectSaysSoUntilTheListChangesAgain(FxRobot robot) {
        select(robot, 1);
        String name = original.projects().get(1).name();
        robot.clickOn("#projects-remove");
        Label notice = robot.lookup("#projects-notice").queryAs(Label.class);
        assertThat(editor.current().projects()).hasSize(original.projects().size() - 1);
        assertThat(notice.getText()).contains(name).contains("Ctrl+Z");
        robot.interact(editor::undo);
        assertThat(editor.current().projects()).hasSize(original.projects().size());
        assertThat(notice.getText()).as("after the undo the word no longer applies").isEmpty();
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
