package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;
import org.selfeval.rollup.RollUpFixtures;
import org.selfeval.store.SqliteWorkspace;
import org.testfx.util.WaitForAsyncUtils;

/** 重命名报告 (undoable), 删除报告 (confirmed, backed up, another report opens), the guide, the toolbar and the icon. */
class ReportManagementAppTest {
    @TempDir
    Path dir;

    @Test
    void renameUndoThenDeleteAfterABackup() throws Exception {
        Report sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        RunningApp app = RunningApp.onSampleWith(dir, RollUpFixtures.unit(sample));
        app.launch();
        assertThat(app.stage().getIcons()).isNotEmpty();
        assertThat(app.robot.lookup("#toolbar-import").tryQuery()).isPresent();
        assertThat(app.robot.lookup("#toolbar-undo").queryAs(Button.class).isDisabled()).isTrue();

        app.robot.clickOn("文件").clickOn("重命名报告…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.robot.lookup("#rename-full").tryQuery().isPresent());
        TextField full = app.robot.lookup("#rename-full").queryAs(TextField.class);
        app.robot.interact(() -> full.setText("乐山市营商环境服务局"));
        app.robot.clickOn("确定");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.stage().getTitle().startsWith("乐山市营商环境服务局2023"));
        assertThat(app.robot.lookup("#toolbar-undo").queryAs(Button.class).isDisabled()).isFalse();
        app.robot.clickOn("#toolbar-undo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.stage().getTitle().startsWith("乐山市营商环境服务管理局2023"));

        app.robot.clickOn("文件").clickOn("删除报告…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.robot.lookup(".button").match((Button b) -> "删除".equals(b.getText())).tryQuery().isPresent());
        app.robot.clickOn(app.robot.lookup(".button").match((Button b) -> "删除".equals(b.getText())).<Button>query());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.stage().getTitle().startsWith("乐山市政务服务中心"));
        assertThat(app.robot.lookup("#report-picker").queryAs(ComboBox.class).getItems()).hasSize(1);

        app.robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.robot.lookup("#help-page").tryQuery().isPresent());
        assertThat(app.robot.lookup("#help-page").queryAll()).isNotEmpty();
        assertThat(app.robot.lookup("#help-page .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("二、把已有的数字带进来").noneMatch(t -> t.contains(".md") || t.contains("org.selfeval"));
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s) {
                assertThat(s.getIcons()).as(s.getTitle()).isNotEmpty();
            }
        }
        app.close();
        try (SqliteWorkspace ws = SqliteWorkspace.open(dir.resolve("workspace.db"))) {
            assertThat(ws.list()).extracting(s -> s.id()).containsExactly("unit-1");
            assertThat(ws.backups().list()).isNotEmpty();
        }
    }
}
