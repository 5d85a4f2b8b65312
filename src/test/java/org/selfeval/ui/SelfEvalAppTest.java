package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Report;
import org.selfeval.store.SqliteWorkspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole app on a real SQLite workspace in a temp folder, headless. */
class SelfEvalAppTest {
    @TempDir
    Path dir;
    private Path workspace;
    private Stage stage;
    private Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void setUp() throws Exception {
        workspace = dir.resolve("workspace.db");
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            close();
        }
    }

    private void launch() throws Exception {
        app = FxToolkit.setupApplication(SelfEvalApp.class, "--workspace", workspace.toString());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#income-GENERAL_PUBLIC_BUDGET").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void close() throws Exception {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxToolkit.cleanupApplication(app);
        app = null;
    }

    private String text(String query) {
        Node n = robot.lookup(query).query();
        return n instanceof Label l ? l.getText() : ((TextField) n).getText();
    }

    private void waitSaved() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#save-status").startsWith("已保存"));
    }

    @Test
    void editIncomeSeeShareChangeRestartAndFindIt() throws Exception {
        launch();
        assertThat(stage.getTitle()).contains("2023年度部门整体支出绩效自评报告");
        assertThat(text("#income-share-GENERAL_PUBLIC_BUDGET")).isEqualTo("占 100.00%");

        robot.clickOn("#income-OTHER").push(KeyCode.CONTROL, KeyCode.A).write("100");
        assertThat(text("#income-total")).isEqualTo("1223.58 万元");
        // 1123.58 / 1223.58 = 91.827…%
        assertThat(text("#income-share-GENERAL_PUBLIC_BUDGET")).isEqualTo("占 91.83%");
        assertThat(text("#income-share-OTHER")).isEqualTo("占 8.17%");
        // the seed's own wording stays the clerk's: it is not regenerated behind their back
        assertThat(robot.lookup("#income-text").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("其他收入0万元");
        assertThat(robot.lookup("#income-text-restore").queryButton().isDisabled()).isFalse();
        // the income chart follows: 其他收入 now has its slice
        ChartsPane charts = robot.lookup("#charts-pane").queryAs(ChartsPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> charts.shownCharts().stream()
                .anyMatch(c -> c.categories().contains(IncomeSource.OTHER.label())));
        waitSaved();
        close();

        try (SqliteWorkspace ws = SqliteWorkspace.open(workspace)) {
            Report saved = ws.load(ws.list().get(0).id()).orElseThrow();
            assertThat(saved.finances().income(IncomeSource.OTHER)).isEqualByComparingTo(new BigDecimal("100.00"));
        }

        launch();
        assertThat(text("#income-OTHER")).isEqualTo("100.00");
        assertThat(text("#income-share-GENERAL_PUBLIC_BUDGET")).isEqualTo("占 91.83%");
    }

    @Test
    void aLetterInAnAmountKeepsThePreviousValueAndSaysWhy() throws Exception {
        launch();
        robot.clickOn("#income-GENERAL_PUBLIC_BUDGET").push(KeyCode.END).write("x");
        assertThat(text("#income-GENERAL_PUBLIC_BUDGET")).isEqualTo("1123.58");
        Label message = robot.lookup(".field-message").match(Node::isVisible).queryAs(Label.class);
        assertThat(message.getText()).contains("一般公共预算财政拨款收入").contains("只能输入数字").contains("1123.58");
        assertThat(text("#income-share-GENERAL_PUBLIC_BUDGET")).isEqualTo("占 100.00%");
    }

    @Test
    void undoAndRedoAnEditWithCtrlZAndCtrlY() throws Exception {
        launch();
        // one change of the field (as a paste would be): a slow machine cannot split it into steps
        TextField basic = robot.lookup("#expenditure-BASIC").queryAs(TextField.class);
        robot.clickOn(basic);
        robot.interact(() -> {
            basic.selectAll();
            basic.replaceSelection("900");
        });
        assertThat(text("#expenditure-total")).isEqualTo("1145.38 万元");
        robot.clickOn("#income-OTHER");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(text("#expenditure-BASIC")).isEqualTo("878.87");
        assertThat(text("#expenditure-total")).isEqualTo("1124.25 万元");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertThat(text("#expenditure-BASIC")).isEqualTo("900.00");
        assertThat(text("#expenditure-share-BASIC")).isEqualTo("占 78.58%");
    }

    @Test
    void aSecondInstanceOnTheSameWorkspaceIsToldPlainly() throws Exception {
        Files.createDirectories(dir);
        try (SqliteWorkspace first = SqliteWorkspace.open(workspace)) {
            app = FxToolkit.setupApplication(SelfEvalApp.class, "--workspace", workspace.toString());
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            String shown = pane.getHeaderText() + ((Label) pane.getContent()).getText();
            assertThat(shown).contains("工作区正在使用中").contains("另一个正在运行").contains("没有任何改动")
                    .doesNotContain("Exception").doesNotContain("at org.");
            robot.clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));
            FxToolkit.cleanupApplication(app);
            app = null;
            // the app changed nothing: not even the sample was imported into the locked file
            assertThat(first.list()).isEmpty();
        }
    }

    @Test
    void clickingAFindingOpensItsChapterAndFocusesTheField() throws Exception {
        launch();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text("#finding-counts").isEmpty());
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<Object> tree = robot.lookup("#findings-tree").queryAs(javafx.scene.control.TreeView.class);
        javafx.scene.control.TreeItem<Object> item = tree.getRoot().getChildren().stream()
                .filter(c -> c.getValue().toString().startsWith("四、"))
                .findFirst().orElseThrow().getChildren().get(0);
        org.selfeval.audit.Finding finding = (org.selfeval.audit.Finding) item.getValue();
        robot.interact(() -> tree.scrollTo(tree.getRow(item)));
        WaitForAsyncUtils.waitForFxEvents();
        // the virtual flow keeps hidden spare cells that may still hold the item: click the visible one
        Node cell = robot.lookup(".tree-cell").match((javafx.scene.control.TreeCell<?> c) -> c.getItem() == finding
                && c.isVisible() && c.getParent() != null && c.getParent().isVisible()).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#chapter-conclusion").tryQuery().isPresent());
        assertThat(robot.lookup("#chapter-conclusion").tryQuery()).isPresent();
        assertThat(robot.lookup("#chapter-finances").tryQuery()).isEmpty();
        assertThat(text("#finding-detail")).contains(finding.ruleId());
        Node pane = robot.lookup("#chapter-conclusion").query();
        // focusing a freshly built chapter is asynchronous (it waits for the layout): wait for it
        java.util.function.BooleanSupplier inside = () -> {
            for (Node n = stage.getScene().getFocusOwner(); n != null; n = n.getParent()) {
                if (n == pane) {
                    return true;
                }
            }
            return false;
        };
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, inside::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            // reported by the assertion below, with the focus owner
        }
        assertThat(inside.getAsBoolean()).as("focus moved into chapter 四 for %s, focus on %s", finding.location(),
                stage.getScene().getFocusOwner()).isTrue();
    }

    @Test
    void nextYearReportStartsFromLastYearsCarryover() throws Exception {
        launch();
        robot.clickOn("文件").clickOn("新建下一年度报告");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getTitle().contains("2024年度"));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.selfeval.store.ReportSummary> picker =
                robot.lookup("#report-picker").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(picker.getItems()).extracting(org.selfeval.store.ReportSummary::year).containsExactlyInAnyOrder(2023, 2024);
        assertThat(picker.getValue().year()).isEqualTo(2024);
        assertThat(text("#carryover-priorYearTotal")).isEqualTo("48.76");
        assertThat(text("#income-GENERAL_PUBLIC_BUDGET")).isEmpty();
        assertThat(text("#income-total")).isEqualTo("0.00 万元");

        robot.interact(() -> picker.setValue(picker.getItems().stream().filter(s -> s.year() == 2023).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getTitle().contains("2023年度"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#income-GENERAL_PUBLIC_BUDGET")).isEqualTo("1123.58");
    }

    @Test
    void aCorruptWorkspaceIsToldPlainlyAndLeftAsItWas() throws Exception {
        byte[] garbage = "这不是一个 SQLite 文件 — not a database at all, just text ".repeat(200)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(workspace, garbage);
        app = FxToolkit.setupApplication(SelfEvalApp.class, "--workspace", workspace.toString());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String shown = pane.getHeaderText() + ((Label) pane.getContent()).getText();
        assertThat(shown).contains("工作区文件无法读取").contains(workspace.getFileName().toString()).contains("没有被修改")
                .doesNotContain("Exception").doesNotContain("at org.");
        robot.clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));
        FxToolkit.cleanupApplication(app);
        app = null;
        assertThat(Files.readAllBytes(workspace)).isEqualTo(garbage);
    }
}
