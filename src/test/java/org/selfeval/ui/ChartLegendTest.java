package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.charts.ChartData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 15: in the narrow 图表 pane of a 1024-wide window a pie's legend wraps whole instead of ending in "…". */
@ExtendWith(ApplicationExtension.class)
class ChartLegendTest {
    private ChartsPane pane;

    @Start
    void start(Stage stage) {
        pane = new ChartsPane();
        stage.setScene(new Scene(pane, 250, 700));
        stage.show();
    }

    @Test
    void aLongLegendWrapsWholeInANarrowPane(FxRobot robot) {
        ChartData income = new ChartData("2023年度收入构成（万元）", ChartData.Kind.PIE,
                List.of("一般公共预算财政拨款收入", "政府性基金预算财政拨款收入"),
                List.of(new ChartData.Series("收入", List.of(new BigDecimal("1123.58"), new BigDecimal("40.00")))), "万元");
        robot.interact(() -> pane.showCharts(List.of(income)));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> items = List.copyOf(robot.lookup(".chart-legend-item").queryAll());
        assertThat(items).hasSize(2);
        for (Node n : items) {
            Label l = (Label) n;
            assertThat(((javafx.scene.text.Text) l.lookup(".text")).getText()).as("legend line shows whole").isEqualTo(l.getText());
        }
    }
}
