package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.selfeval.store.UserSettings;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.audit.Auditor;
import org.selfeval.audit.Finding;
import org.selfeval.audit.Severity;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export dialog on its own, headless, writing real files into a temp folder. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    Path dir;
    private Path settingsFile;
    private Report sample;
    private List<Finding> findings;
    private final AtomicInteger snapshots = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean hold;
    private ExportDialog dialog;

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
        stage.show();
    }

    @BeforeEach
    void setUp(FxRobot robot) throws Exception {
        settingsFile = Files.createTempDirectory("export-settings").resolve(UserSettings.FILE);
        new ExportSettings(UserSettings.at(settingsFile)).remember(java.util.Set.of("xlsx", "json"), dir);
        sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        findings = Auditor.standard().audit(sample);
        open(robot, sample);
    }

    private void open(FxRobot robot, Report report) {
        robot.interact(() -> {
            if (dialog != null) {
                dialog.stage().close();
            }
            dialog = new ExportDialog(owner, report, Auditor.standard().audit(report), new ExportSettings(UserSettings.at(settingsFile)),
                    this::snapshot, new SystemHandOff(null));
            dialog.show();
        });
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        release.countDown();
        robot.interact(() -> dialog.stage().close());
        Files.deleteIfExists(settingsFile);
        Files.deleteIfExists(settingsFile.getParent());
    }

    private void snapshot() {
        snapshots.incrementAndGet();
        if (hold) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitForStatus(FxRobot robot, String start) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#export-status").startsWith(start));
        // the status is set inside the same FX event as the buttons: let that event finish
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheRememberedChoiceTheNamesAndTheOpenErrors(FxRobot robot) {
        assertThat(robot.lookup("#export-pdf").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#export-xlsx").queryAs(CheckBox.class).isSelected()).isTrue();
        String prefix = sample.department().fullName() + sample.year() + "年度";
        assertThat(text(robot, "#export-names")).contains(prefix + "项目支出绩效自评表.xlsx")
                .contains(prefix + "部门整体支出绩效自评报告.json").doesNotContain(".pdf");
        robot.clickOn("#export-pdf");
        assertThat(text(robot, "#export-names")).contains(prefix + "部门整体支出绩效自评报告.pdf");
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        if (errors > 0) {
            assertThat(text(robot, "#export-errors-label")).contains(String.valueOf(errors));
            assertThat(robot.lookup("#export-errors").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize((int) errors);
        } else {
            assertThat(text(robot, "#export-errors-label")).isEqualTo("审核未发现错误。");
        }
        assertThat(robot.lookup("#export-appendix").queryAs(CheckBox.class).isSelected())
                .isEqualTo(sample.findingNotes().stream().anyMatch(n -> !n.text().isBlank()));
    }

    @Test
    void exportsTheTickedFilesAfterASnapshotAndRemembersTheChoice(FxRobot robot) throws Exception {
        robot.clickOn("#export-xlsx");
        robot.clickOn("#export-run");
        waitForStatus(robot, "已导出 1 个文件");
        Path json = dir.resolve(sample.title() + ".json");
        assertThat(ReportJson.read(json)).isEqualTo(sample);
        assertThat(snapshots).hasValue(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(json);
        }
        assertThat(robot.lookup("#export-open-folder").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#export-print").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(new ExportSettings(UserSettings.at(settingsFile)).formats()).containsExactly("json");
    }

    @Test
    void aReportWithoutADateAsksForItAndExportsWithTheDateTyped(FxRobot robot) throws Exception {
        assertThat(sample.reportDate()).isNull();
        java.util.List<java.time.LocalDate> given = new java.util.ArrayList<>();
        robot.interact(() -> {
            dialog.stage().close();
            dialog = new ExportDialog(owner, sample, findings, new ExportSettings(UserSettings.at(settingsFile)), this::snapshot, new SystemHandOff(null),
                    given::add);
            dialog.show();
        });
        assertThat(text(robot, "#export-date-hint")).contains("尚未填写日期");
        javafx.scene.control.DatePicker picker = robot.lookup("#export-date").queryAs(javafx.scene.control.DatePicker.class);
        robot.clickOn(picker.getEditor()).write("2024年3月15日").push(javafx.scene.input.KeyCode.TAB);
        assertThat(picker.getValue()).isEqualTo(java.time.LocalDate.of(2024, 3, 15));
        robot.clickOn("#export-xlsx");
        robot.clickOn("#export-run");
        waitForStatus(robot, "已导出 1 个文件");
        assertThat(ReportJson.read(dir.resolve(sample.title() + ".json")).reportDate()).isEqualTo(java.time.LocalDate.of(2024, 3, 15));
        assertThat(given).containsExactly(java.time.LocalDate.of(2024, 3, 15));
    }

    @Test
    void substitutedFacesAreNamedBeforeExportingWhileThePdfIsTicked(FxRobot robot) throws Exception {
        String notice = "正文应使用仿宋，本机未找到，已改用本机的文泉驿微米黑。";
        robot.interact(() -> {
            dialog.stage().close();
            dialog = new ExportDialog(owner, sample, findings, new ExportSettings(UserSettings.at(settingsFile)), this::snapshot, new SystemHandOff(null),
                    d -> { }, () -> List.of(notice));
            dialog.show();
        });
        Label warning = robot.lookup("#export-font-warning").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> warning.getText().contains(notice));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(warning.isVisible()).as("PDF not ticked").isFalse();
        robot.clickOn("#export-pdf");
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).startsWith("注意：本机缺少公文字体");
        robot.clickOn("#export-pdf");
        assertThat(warning.isVisible()).isFalse();
    }

    @Test
    void aDatedReportIsNotAskedForItsDate(FxRobot robot) {
        open(robot, sample.withReportDate(java.time.LocalDate.of(2024, 3, 8)));
        assertThat(robot.lookup("#export-date").tryQuery()).isEmpty();
    }

    @Test
    void cancelStopsBeforeTheFilesAndLeavesNone(FxRobot robot) throws Exception {
        hold = true;
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> snapshots.get() == 1);
        Node close = robot.lookup("#export-close").query();
        assertThat(((Button) close).getText()).isEqualTo("取消");
        robot.clickOn(close);
        release.countDown();
        waitForStatus(robot, "已取消");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThat(((Button) close).getText()).isEqualTo("关闭");
    }

    @Test
    void thePackageButtonWritesTheFolderAndTheZip(FxRobot robot) throws Exception {
        robot.clickOn("#export-package");
        waitForStatus(robot, "已生成报送包");
        String name = sample.department().fullName() + sample.year() + "年度绩效自评报送材料";
        assertThat(dir.resolve(name + ".zip")).isRegularFile();
        try (Stream<Path> files = Files.list(dir.resolve(name))) {
            assertThat(files).hasSize(3);
        }
        assertThat(robot.lookup("#export-print").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void withANoteTheAppendixIsOnAndTheWordFileCarriesIt(FxRobot robot) throws Exception {
        Finding warning = findings.stream().filter(f -> f.severity() == Severity.WARNING).findFirst().orElseThrow();
        String note = "系机构改革划转，已报编办备案";
        open(robot, sample.withFindingNotes(List.of(new org.selfeval.model.FindingNote(warning.key(), note))));
        assertThat(robot.lookup("#export-appendix").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.clickOn("#export-xlsx").clickOn("#export-json").clickOn("#export-docx").clickOn("#export-run");
        waitForStatus(robot, "已导出 1 个文件");
        Path docx = dir.resolve(sample.title() + ".docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor words = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("附：审核说明").contains(note).contains(warning.ruleId());
        }
    }
}
