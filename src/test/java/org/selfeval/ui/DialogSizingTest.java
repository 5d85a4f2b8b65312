package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A sized dialog stays on the screen: placed there before and after it shows, and placed back when it
 * later takes a size larger than the screen (on a busy machine the import preview once opened 1720 wide
 * on a 1024 screen, the width of its one-line instruction).
 */
@ExtendWith(ApplicationExtension.class)
class DialogSizingTest {
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void aDialogThatGrowsPastTheScreenIsPlacedBackOnIt(FxRobot robot) throws Exception {
        Dialog<ButtonType>[] d = new Dialog[1];
        robot.interact(() -> {
            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.initOwner(stage);
            dialog.setResizable(true);
            dialog.getDialogPane().setContent(new Label("从某文件识别出 47 项，".repeat(20)));
            dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
            DialogSizing.fit(dialog, stage, 960, 620);
            d[0] = dialog;
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Window w = d[0].getDialogPane().getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(DialogSizing.fitsScreen(w, screen)).as("placed on the screen when shown").isTrue();

        robot.interact(() -> w.setWidth(screen.getWidth() + 700));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> DialogSizing.fitsScreen(w, screen));
        assertThat(w.getWidth()).isLessThanOrEqualTo(Math.min(960, screen.getWidth()));
        assertThat(w.getX() + w.getWidth()).isLessThanOrEqualTo(screen.getMaxX());

        robot.interact(() -> w.setX(screen.getMaxX() - 100));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> DialogSizing.fitsScreen(w, screen));
        robot.interact(d[0]::close);
    }

    @Test
    void fittingAllowsTheWindowManagersFrameAndNothingMore() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1024, 700);
        assertThat(DialogSizing.fitsScreen(bounds(32, 40, 960, 620), screen)).isTrue();
        assertThat(DialogSizing.fitsScreen(bounds(-6, 0, 1030, 620), screen)).isTrue();
        assertThat(DialogSizing.fitsScreen(bounds(0, 0, 1720, 620), screen)).isFalse();
        assertThat(DialogSizing.fitsScreen(bounds(900, 40, 400, 300), screen)).isFalse();
    }

    private static Rectangle2D bounds(double x, double y, double width, double height) {
        return new Rectangle2D(x, y, width, height);
    }
}
