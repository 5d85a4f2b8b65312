package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.charts.ChartData;
import org.selfeval.charts.ChartDataFactory;
import org.selfeval.edit.NextYearReport;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Report;
import org.selfeval.store.ReportSummary;
import org.selfeval.store.SqliteWorkspace;
import org.selfeval.ui.forms.FormFixture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A workspace with two years of one department: the later year's charts compare it with the earlier one. */
class YearOnYearChartTest {
    @TempDir
    Path dir;
    private Stage stage;
    private Application app;
    private Report seed;
    private Report next;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void setUp() throws Exception {
        Path workspace = dir.resolve("workspace.db");
        seed = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        Report blank = NextYearReport.from(seed, "report-next-year");
        next = blank.withFinances(blank.finances().withIncome(IncomeSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("1200.00")));
        try (SqliteWorkspace ws = SqliteWorkspace.open(workspace)) {
            ws.save(seed);
            ws.save(next);
        }
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SelfEvalApp.class, "--workspace", workspace.toString());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#charts-pane").tryQuery().isPresent()
                && stage.getTitle().contains(next.year() + "年度"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxToolkit.cleanupApplication(app);
    }

    private ChartsPane charts() {
        return robot.lookup("#charts-pane").queryAs(ChartsPane.class);
    }

    @Test
    void theLaterYearShowsTheYearOnYearChartAndTheEarlierDoesNot() throws Exception {
        ChartData expected = ChartDataFactory.yearOnYear(next, java.util.Optional.of(seed)).orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> charts().shownCharts().contains(expected));
        ChartData shown = charts().shownCharts().get(charts().shownCharts().size() - 1);
        assertThat(shown.title()).isEqualTo(seed.year() + "年与" + next.year() + "年对比（万元）");
        assertThat(shown.series()).extracting(ChartData.Series::name).containsExactly(seed.year() + "年", next.year() + "年");
        assertThat(shown.series().get(0).values().get(0)).isEqualByComparingTo(seed.finances().incomeTotal());
        assertThat(shown.series().get(1).values().get(0)).isEqualByComparingTo("1200.00");
        robot.interact(() -> robot.lookup("#side-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.interact(() -> charts().setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        FormFixture.snapshot(robot.lookup("#side-tabs").query(), "charts-year-on-year");

        @SuppressWarnings("unchecked")
        ComboBox<ReportSummary> picker = robot.lookup("#report-picker").queryAs(ComboBox.class);
        robot.interact(() -> picker.setValue(picker.getItems().stream().filter(s -> s.year() == seed.year()).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getTitle().contains(seed.year() + "年度"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> charts().shownCharts().equals(ReportCharts.of(seed)));
        assertThat(charts().shownCharts()).noneMatch(c -> c.title().contains("对比"));
    }
}
