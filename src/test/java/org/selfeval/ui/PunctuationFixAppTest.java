package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.audit.Auditor;
import org.selfeval.audit.PunctuationRule;
import org.testfx.util.WaitForAsyncUtils;

/** 规范标点 from the findings pane (one paragraph) and from the 编辑 menu (all), each undoable. */
class PunctuationFixAppTest {
    private static final String INCOME = "R28@finances.incomeText";
    @TempDir
    Path dir;

    @Test
    void fixOneParagraphUndoItThenFixEverythingAndSave() throws Exception {
        RunningApp app = RunningApp.onSample(dir);
        app.launch();
        long before = count(app);
        assertThat(before).isGreaterThan(5);

        app.select(f -> f.key().equals(INCOME));
        Button fix = app.robot.lookup("#finding-fix").queryAs(Button.class);
        assertThat(fix.isVisible()).isTrue();
        app.robot.clickOn(fix);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.finding(f -> f.key().equals(INCOME)).isEmpty());
        assertThat(count(app)).isEqualTo(before - 1);

        app.robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.finding(f -> f.key().equals(INCOME)).isPresent());

        // another rule's finding offers no such button
        app.select(f -> f.ruleId().equals("R18a"));
        assertThat(app.robot.lookup("#finding-fix").queryAs(Button.class).isVisible()).isFalse();

        app.robot.clickOn("编辑").clickOn("全文规范标点");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> count(app) == 0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> app.robot.lookup("#save-status").queryAs(javafx.scene.control.Label.class).getText().startsWith("已保存"));
        app.close();
        assertThat(Auditor.standard().audit(app.saved())).noneMatch(f -> f.ruleId().equals(PunctuationRule.ID));
        assertThat(app.saved().finances().incomeText()).contains("万元，其中：");
    }

    private static long count(RunningApp app) {
        return app.findingsTree().getRoot().getChildren().stream().flatMap(c -> c.getChildren().stream())
                .filter(i -> i.getValue() instanceof org.selfeval.audit.Finding f && f.ruleId().equals(PunctuationRule.ID)).count();
    }
}
