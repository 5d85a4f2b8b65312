package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class StartupTimingTest {

    @Test
    void reportsTheFirstFrameOfEachSceneOnceWithAWallClockTime() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        long before = System.currentTimeMillis();
        StartupTiming.install(lines::add);
        WaitForAsyncUtils.waitForFxEvents();

        Stage stage = FxToolkit.registerStage(Stage::new);
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(new Label("正在打开工作区…"), 300, 200));
            stage.show();
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lines.size() >= 1);
        WaitForAsyncUtils.asyncFx(() -> stage.setScene(new Scene(new Label("主窗口"), 300, 200)))
                .get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lines.size() >= 2);
        // more pulses on the same scenes add no lines
        WaitForAsyncUtils.asyncFx(() -> stage.getScene().setRoot(new Label("改动"))).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(stage::hide).get(5, TimeUnit.SECONDS);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("selfeval-startup: first-frame-epoch-ms=\\d+ scene=1");
        assertThat(lines.get(1)).matches("selfeval-startup: scene-frame-epoch-ms=\\d+ scene=2");
        long first = Long.parseLong(lines.get(0).replaceAll(".*=(\\d+) scene.*", "$1"));
        long second = Long.parseLong(lines.get(1).replaceAll(".*=(\\d+) scene.*", "$1"));
        assertThat(first).isBetween(before, System.currentTimeMillis());
        assertThat(second).isGreaterThanOrEqualTo(first);
    }
}
