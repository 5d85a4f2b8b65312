package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.audit.Finding;
import org.selfeval.audit.FindingNotes;
import org.selfeval.audit.Location;
import org.selfeval.audit.Severity;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 15: a finding's whole message shows in the pane, wrapped to its width, never cut with "…". */
@ExtendWith(ApplicationExtension.class)
class FindingsWrapTest {
    private static final String LONG = "年末实有在职人员 37 人，但分项合计 36 人（行政人员 23 + 机关工勤 1 + 下属事业单位 12），"
            + "请核对人员构成的各项数字与合计是否一致，并在正文一、(二)中同步修改相关表述，以免文表不符被退回。";
    private FindingsPane pane;
    private final FxRobot robot = new FxRobot();

    @Start
    void start(Stage stage) {
        pane = new FindingsPane(f -> { });
        stage.setScene(new Scene(pane, 250, 700));
        stage.show();
    }

    @Test
    void aLongMessageWrapsWholeInANarrowPane() {
        List<Finding> findings = List.of(
                new Finding("R18a", Severity.ERROR, LONG, new Location("一", "basics.staffing.actualTotal"), "测试"),
                new Finding("R22", Severity.WARNING, LONG + LONG, new Location("二", "finances.expense"), "测试"),
                new Finding("R3", Severity.INFO, "短的提示", new Location("一", "basics.staff"), "测试"));
        robot.interact(() -> pane.showNoted(FindingNotes.pair(findings, List.of()), List.of()));
        WaitForAsyncUtils.waitForFxEvents();
        List<TreeCell<?>> cells = new java.util.ArrayList<>();
        robot.lookup(".tree-cell").match((TreeCell<?> c) -> c.getItem() instanceof Finding && c.isVisible())
                .queryAll().forEach(n -> cells.add((TreeCell<?>) n));
        assertThat(cells).hasSizeGreaterThanOrEqualTo(3);
        for (TreeCell<?> cell : cells) {
            Text shown = (Text) cell.lookup(".text");
            assertThat(shown.getText()).as("the line shows the whole message").isEqualTo(cell.getText());
            assertThat(cell.getHeight()).as("the line is as tall as its wrapped text")
                    .isGreaterThanOrEqualTo(shown.getLayoutBounds().getHeight());
        }
    }
}
