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
        assertThat(fits(w, screen)).as("placed on the screen when shown").isTrue();

        robot.interact(() -> w.setWidth(screen.getWidth() + 700));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fits(w, screen));
        assertThat(w.getWidth()).isLessThanOrEqualTo(Math.min(960, screen.getWidth()));
        assertThat(w.getX() + w.getWidth()).isLessThanOrEqualTo(screen.getMaxX());

        // moved partly off the screen by the clerk, once the placing is done: left where they put it
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> w.setX(screen.getMaxX() - 300));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.getX()).isEqualTo(screen.getMaxX() - 300);
        robot.interact(d[0]::close);
    }

    @Test
    void largerThanTheScreenAllowsTheWindowManagersFrameAndNothingMore() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1024, 700);
        assertThat(DialogSizing.largerThan(screen, 960, 620)).isFalse();
        assertThat(DialogSizing.largerThan(screen, 1030, 706)).isFalse();
        assertThat(DialogSizing.largerThan(screen, 1720, 620)).isTrue();
        assertThat(DialogSizing.largerThan(screen, 960, 900)).isTrue();
    }

    /** Whether the window lies on the screen (a few pixels of frame allowed). */
    private static boolean fits(Window w, Rectangle2D screen) {
        return w.getX() >= screen.getMinX() - 12 && w.getX() + w.getWidth() <= screen.getMaxX() + 12
                && w.getY() >= screen.getMinY() - 12 && w.getY() + w.getHeight() <= screen.getMaxY() + 40;
    }
}
