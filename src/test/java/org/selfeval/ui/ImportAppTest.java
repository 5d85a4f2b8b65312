package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.charts.ChartData;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Report;
import org.testfx.util.WaitForAsyncUtils;

/** 导入 a 决算 workbook in the window: the preview lists what it holds, an unticked figure is left alone, Ctrl+Z undoes it all. */
class ImportAppTest {
    private static final String GPB = "#income-" + IncomeSource.GENERAL_PUBLIC_BUDGET.name();
    private static final String BASIC = "#expenditure-" + ExpenditureCategory.BASIC.name();
    @TempDir
    Path dir;

    @Test
    void previewUntickOneConfirmThenUndo() throws Exception {
        Path file = org.selfeval.intake.accounts.FinalAccountsTestFiles.sampleWithNewFigures(dir.resolve("2023年度部门决算公开表.xlsx"));
        RunningApp app = RunningApp.onSample(dir);
        app.launch(file.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.robot.lookup("#import-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<ImportDialog.Row> table = app.robot.lookup("#import-table").queryAs(TableView.class);
        javafx.scene.control.Label header = app.robot.lookup("#import-header").queryAs(javafx.scene.control.Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> header.lookup(".text") != null); // skinned at its first layout
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((javafx.scene.text.Text) header.lookup(".text")).getText()).as("the instruction shows whole")
                .isEqualTo(header.getText());
        List<ImportDialog.Row> ticked = table.getItems().stream().filter(r -> r.take.get()).toList();
        assertThat(ticked).extracting(r -> r.found.target().label())
                .contains("二、收支 · 收入 · 一般公共预算财政拨款收入", "二、收支 · 支出 · 基本支出");
        ImportDialog.Row basic = ticked.stream().filter(r -> r.found.target().label().endsWith("支出 · 基本支出")).findFirst().orElseThrow();
        assertThat(basic.before.get()).isEqualTo("878.87 万元");
        assertThat(basic.found.after()).isEqualTo("900.00 万元");
        assertThat(basic.found.source()).contains("支出决算表");
        app.robot.interact(() -> basic.take.set(false));
        List<ChartData> chartsBefore = List.copyOf(charts(app).shownCharts());
        app.robot.clickOn("#import-ok");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(app, GPB).equals("1200.00") || text(app, GPB).equals("1200"));
        assertThat(text(app, BASIC)).startsWith("878.87");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !charts(app).shownCharts().equals(chartsBefore));
        assertThat(charts(app).shownCharts().get(0).series().get(0).values()).contains(new BigDecimal("1200.00"));

        app.robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(app, GPB).startsWith("1123.58"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> charts(app).shownCharts().equals(chartsBefore));
        app.close();
        Report saved = app.saved();
        assertThat(saved.finances().income(IncomeSource.GENERAL_PUBLIC_BUDGET)).isEqualByComparingTo("1123.58");
    }

    @Test
    void lastYearsPublishedReportStartsNextYearsInOneStep() throws Exception {
        RunningApp app = RunningApp.onSample(dir);
        app.launch("sample-data/leshan-2023-original.txt");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.robot.lookup("#import-table").tryQuery().isPresent());
        app.robot.clickOn("以此为上年报告，新建下一年度报告");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.stage().getTitle().contains("2024年度"));
        app.close();
        try (var ws = org.selfeval.store.SqliteWorkspace.open(dir.resolve("workspace.db"))) {
            var next = ws.list().stream().filter(s -> s.year() == 2024).findFirst().orElseThrow();
            Report r = ws.load(next.id()).orElseThrow();
            assertThat(r.finances().carryover().priorYearTotal()).isEqualByComparingTo("48.76");
            assertThat(r.basics().functions()).startsWith("负责拟订加强和优化全市营商环境建设");
            assertThat(r.finances().income()).isEmpty();
        }
    }

    private static String text(RunningApp app, String id) {
        return app.robot.lookup(id).tryQuery().map(n -> ((TextField) n).getText()).orElse("");
    }

    private static ChartsPane charts(RunningApp app) {
        return app.robot.lookup("#charts-pane").queryAs(ChartsPane.class);
    }
}
