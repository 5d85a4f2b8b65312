package org.selfeval.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The wheel over a long paragraph the clerk is not typing in scrolls the form. */
@ExtendWith(ApplicationExtension.class)
class WheelPassThroughTest {
    private ScrollPane form;
    private LongTextArea first;

    @Start
    void start(Stage stage) {
        VBox box = new VBox(8);
        for (int i = 0; i < 8; i++) {
            LongTextArea a = new LongTextArea();
            a.textArea().setText("一段很长的文字。".repeat(120));
            box.getChildren().add(a);
            if (i == 1) {
                first = a;
            }
        }
        form = new ScrollPane(box);
        form.setFitToWidth(true);
        stage.setScene(new Scene(form, 400, 300));
        stage.show();
    }

    @Test
    void theFormScrollsUntilTheAreaHasTheFocus(FxRobot robot) {
        TextArea area = first.textArea();
        assertThat(form.getVvalue()).isZero();
        assertThat(area.isFocused()).isFalse();
        // (the robot's wheel "up" gives a negative deltaY here, as a real wheel turned towards the clerk does)
        robot.moveTo(area).scroll(10, javafx.geometry.VerticalDirection.UP);
        assertThat(form.getVvalue()).as("the form moved").isGreaterThan(0);
        double formAt = form.getVvalue();
        robot.interact(area::requestFocus);
        robot.moveTo(area).scroll(10, javafx.geometry.VerticalDirection.UP);
        assertThat(form.getVvalue()).as("focused: the area scrolls its own text").isEqualTo(formAt);
    }
}
