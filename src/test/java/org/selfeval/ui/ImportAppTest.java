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
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Report;
import org.testfx.util.WaitForAsyncUtils;

/** 导入 in the window: the preview lists what the file holds, an unticked item is left alone, Ctrl+Z undoes it all. */
class ImportAppTest {
    private static final String GPB = "#income-" + IncomeSource.GENERAL_PUBLIC_BUDGET.name();
    private static final String BASIC = "#expenditure-" + ExpenditureCategory.BASIC.name();
    @TempDir
    Path dir;

    @Test
    void previewUntickOneConfirmThenUndo() throws Exception {
        Path file = ImportFiles.finalAccountsOfTheSampleWithNewFigures(dir);
        RunningApp app = RunningApp.onSample(dir);
        app.launch(file.toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.robot.lookup("#import-table").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<ImportDialog.Row> table = app.robot.lookup("#import-table").queryAs(TableView.class);
        List<ImportDialog.Row> ticked = table.getItems().stream().filter(r -> r.take.get()).toList();
        assertThat(ticked).extracting(r -> r.found.target().label())
                .contains("二、收支 · 收入 · 一般公共预算财政拨款收入", "二、收支 · 支出 · 基本支出");
        ImportDialog.Row basic = ticked.stream().filter(r -> r.found.target().label().endsWith("支出 · 基本支出")).findFirst().orElseThrow();
        assertThat(basic.before.get()).isEqualTo("878.87 万元");
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

    private static String text(RunningApp app, String id) {
        return app.robot.lookup(id).tryQuery().map(n -> ((TextField) n).getText()).orElse("");
    }

    private static ChartsPane charts(RunningApp app) {
        return app.robot.lookup("#charts-pane").queryAs(ChartsPane.class);
    }

    /** Files to import, written for the test. */
    static final class ImportFiles {
        private ImportFiles() {
        }

        /** For now our own report file with the sample's figures changed; the 决算 workbook replaces it. */
        static Path finalAccountsOfTheSampleWithNewFigures(Path dir) throws Exception {
            Report sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
            Report changed = sample.withFinances(sample.finances()
                    .withIncome(IncomeSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("1200.00"))
                    .withExpenditure(ExpenditureCategory.BASIC, new BigDecimal("900.00")));
            Path file = dir.resolve("决算.json");
            ReportJson.write(changed, file);
            return file;
        }
    }
}
