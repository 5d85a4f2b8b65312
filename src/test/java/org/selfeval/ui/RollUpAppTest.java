package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Report;
import org.selfeval.rollup.RollUpFixtures;
import org.testfx.util.WaitForAsyncUtils;

/** 汇总 in the window: tick the unit, see the sums and their findings, type in the 本级 and see the roll-up follow. */
class RollUpAppTest {
    private static final String GPB = "#income-" + IncomeSource.GENERAL_PUBLIC_BUDGET.name();
    @TempDir
    Path dir;

    @Test
    void tickTheUnitThenEditTheDepartmentAndTheRollUpFollows() throws Exception {
        Report sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        RunningApp app = RunningApp.onSampleWith(dir, RollUpFixtures.unit(sample));
        app.launch();
        app.robot.clickOn("文件").clickOn("汇总（本级＋下属单位）…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.robot.lookup("#rollup-unit-unit-1").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> income(app).equals("1123.58")); // the sums follow the list
        app.robot.interact(() -> app.robot.lookup("#rollup-unit-unit-1").queryAs(CheckBox.class).setSelected(true));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> income(app).equals("1456.08"));
        assertThat(label(app, "#rollup-total-staff")).isEqualTo("48");
        assertThat(app.robot.lookup("#rollup-findings").queryAs(ListView.class).getItems()).isNotEmpty();
        // each finding wraps whole within the list's width: no line runs past its edge, none is cut
        ListView<?> list = app.robot.lookup("#rollup-findings").queryAs(ListView.class);
        // the cells' text nodes follow their items at the next layout pass
        WaitForAsyncUtils.waitForFxEvents();
        app.robot.interact(list::layout);
        app.robot.lookup("#rollup-findings .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getText() != null && c.isVisible())
                .forEach(c -> {
                    assertThat(c.getWidth()).as(c.getText()).isLessThanOrEqualTo(list.getWidth());
                    assertThat(((javafx.scene.text.Text) c.lookup(".text")).getText()).isEqualTo(c.getText());
                });

        TextField gpb = app.robot.lookup(GPB).queryAs(TextField.class);
        app.robot.interact(() -> gpb.requestFocus());
        app.robot.interact(() -> { gpb.selectAll(); });
        app.robot.write("1200");
        app.robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> income(app).equals("1532.50"));
        app.close();
        try (var ws = org.selfeval.store.SqliteWorkspace.open(dir.resolve("workspace.db"))) {
            assertThat(ws.load(sample.id()).orElseThrow().units()).containsExactly("unit-1");
        }
    }

    private static String income(RunningApp app) throws Exception {
        return label(app, "#rollup-total-income");
    }

    /**
     * A label's text read on the FX thread: the dialog rebuilds its table of figures in one FX event, so a read
     * from the test's thread could see the income row of a new table before its staff row is added.
     */
    private static String label(RunningApp app, String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> app.robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse(""))
                .get(20, TimeUnit.SECONDS);
    }
}
