package org.selfeval.ui.projects;

import org.selfeval.ui.controls.Look;
import static org.assertj.core.api.Assertions.assertThat;
import static org.selfeval.ui.forms.FormFixture.fx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.edit.ReportEditor;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectStated;
import org.selfeval.model.Report;
import org.selfeval.model.Stated;
import org.selfeval.ui.forms.FormFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An imported 自评表's own 总额 row is shown beside the computed one; the clerk can drop it, undoably. */
@ExtendWith(ApplicationExtension.class)
class StatedFiguresPaneTest {
    ReportEditor editor;

    @Start
    void start(Stage stage) throws Exception {
        Report sample = FormFixture.sample();
        List<Project> projects = new ArrayList<>(sample.projects());
        projects.set(1, projects.get(1).withStated(new ProjectStated(Stated.of(BigDecimal.ZERO), Stated.of(BigDecimal.ZERO),
                Stated.of(new BigDecimal("11.24")), null, Stated.blank(), null)));
        editor = FormFixture.editor(sample.withProjects(projects));
        ProjectsPane pane = new ProjectsPane(editor, FormFixture.bundle());
        stage.setScene(new Scene((javafx.scene.Parent) pane.node(), 1270, 790));
        stage.show();
    }

    @Test
    void theStatedTotalRowIsShownMarkedWhereItDiffersAndCanBeDroppedAndRestored(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<String> list = robot.lookup("#projects-list").queryAs(ListView.class);
        fx(() -> list.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        Label initial = robot.lookup("#projects-1-stated-total").queryAs(Label.class);
        Label score = robot.lookup("#projects-1-stated-executionScore").queryAs(Label.class);
        assertThat(initial.isVisible()).isTrue();
        assertThat(initial.getText()).isEqualTo("0.00");
        assertThat(Look.inState(initial, "differs")).as("a stated figure that differs is marked").isTrue();
        assertThat(score.getText()).isEqualTo("（原表为空）");

        Button drop = robot.lookup("#projects-1-stated-clear").queryAs(Button.class);
        fx(drop::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.current().projects().get(1).stated().isEmpty()).isTrue();
        assertThat(initial.isVisible()).isFalse();

        fx(editor::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.current().projects().get(1).stated().totalInitial()).isEqualTo(Stated.of(new BigDecimal("0.00")));
        assertThat(initial.isVisible()).isTrue();
    }
}
