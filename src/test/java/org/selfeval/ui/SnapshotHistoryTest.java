package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Money;
import org.selfeval.model.Report;
import org.selfeval.store.SnapshotInfo;
import org.selfeval.store.SnapshotKind;
import org.selfeval.store.SqliteWorkspace;
import org.selfeval.ui.forms.FormFixture;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** 编辑 → 历史快照 on a real workspace: list, differences, cancel changes nothing, restore is undoable. */
class SnapshotHistoryTest {
    private static final String GPB = "#income-" + IncomeSource.GENERAL_PUBLIC_BUDGET.name();
    @TempDir
    Path dir;
    private Path workspace;
    private Stage stage;
    private Application app;
    private Report seed;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void setUp() throws Exception {
        workspace = dir.resolve("workspace.db");
        seed = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        try (SqliteWorkspace ws = SqliteWorkspace.open(workspace)) {
            ws.save(seed);
            ws.snapshots().create(seed, "原稿", SnapshotKind.NAMED);
            ws.save(seed.withFinances(seed.finances().withIncome(IncomeSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("1000.00"))));
        }
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SelfEvalApp.class, "--workspace", workspace.toString());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(GPB).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxToolkit.cleanupApplication(app);
    }

    private String gpb() {
        return robot.lookup(GPB).queryAs(TextField.class).getText();
    }

    @SuppressWarnings("unchecked")
    private ListView<String> openHistoryAndPickFirst() throws Exception {
        robot.clickOn("编辑").clickOn("历史快照…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#history-list").tryQuery().isPresent());
        ListView<SnapshotInfo> list = robot.lookup("#history-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        ListView<String> diff = robot.lookup("#history-diff").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !diff.getItems().isEmpty());
        return diff;
    }

    @Test
    void theDifferencesAreShownAndCancelChangesNothing() throws Exception {
        assertThat(gpb()).isEqualTo("1000.00");
        ListView<String> diff = openHistoryAndPickFirst();
        @SuppressWarnings("unchecked")
        ListView<SnapshotInfo> list = robot.lookup("#history-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        assertThat(SnapshotHistoryDialog.line(list.getItems().get(0))).contains("原稿").endsWith("[手动]");
        String seedFigure = Money.format(seed.finances().income(IncomeSource.GENERAL_PUBLIC_BUDGET));
        assertThat(diff.getItems()).contains("二、收支 · 收入 · 一般公共预算财政拨款收入：1000.00 → " + seedFigure);
        assertThat(robot.lookup("#history-diff-summary").queryAs(Label.class).getText()).contains("当前 → 快照");
        assertThat(robot.lookup("#history-preview").queryAs(Label.class).getText()).contains("原稿").contains(seed.title());
        FormFixture.snapshot(robot.lookup("#history-dialog").query(), "history-dialog");

        DialogPane pane = robot.lookup("#history-dialog").queryAs(DialogPane.class);
        robot.clickOn((Button) pane.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#history-dialog").tryQuery().isEmpty());
        assertThat(gpb()).isEqualTo("1000.00");
        assertThat(snapshots()).hasSize(1);
        assertThat(gpb()).isEqualTo("1000.00");
    }

    @Test
    void restoreTakesAnAutoSnapshotFirstAndCanBeUndone() throws Exception {
        openHistoryAndPickFirst();
        robot.clickOn("#history-restore");
        String seedFigure = Money.format(seed.finances().income(IncomeSource.GENERAL_PUBLIC_BUDGET));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> gpb().equals(seedFigure));
        List<SnapshotInfo> after = snapshots();
        assertThat(after).hasSize(2);
        assertThat(after.get(0).kind()).isEqualTo(SnapshotKind.AUTO);
        assertThat(after.get(0).name()).isEqualTo("恢复快照前自动保存");

        robot.clickOn(GPB);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gpb()).isEqualTo("1000.00");
    }

    /** The history as the dialog lists it (the app holds the workspace's lock), then 取消. */
    @SuppressWarnings("unchecked")
    private List<SnapshotInfo> snapshots() throws Exception {
        robot.clickOn("编辑").clickOn("历史快照…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#history-list").tryQuery().isPresent());
        ListView<SnapshotInfo> list = robot.lookup("#history-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        List<SnapshotInfo> items = List.copyOf(list.getItems());
        DialogPane pane = robot.lookup("#history-dialog").queryAs(DialogPane.class);
        robot.clickOn((Button) pane.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#history-dialog").tryQuery().isEmpty());
        return items;
    }
}
