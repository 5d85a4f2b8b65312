package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.audit.Auditor;
import org.selfeval.audit.Finding;
import org.selfeval.model.Report;
import org.testfx.util.WaitForAsyncUtils;

/** 文件 → 导出…: the report is audited off the FX thread before the dialog opens; a failed audit is told in Chinese. */
class ExportAuditAppTest {
    @TempDir
    Path dir;
    private final Function<Report, List<Finding>> standard = ExportAudit.audit;

    @AfterEach
    void restore() {
        ExportAudit.audit = standard;
    }

    /** 文件 → 导出… as the menu does it (the item's own action). */
    private static void openExport(RunningApp app) {
        app.robot.interact(() -> app.robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-export".equals(i.getId())).findFirst().orElseThrow().fire());
    }

    @Test
    void theDialogOpensWithTheReportsFindingsAuditedOffTheFxThread() throws Exception {
        AtomicReference<Boolean> onFxThread = new AtomicReference<>();
        AtomicReference<Integer> audited = new AtomicReference<>();
        ExportAudit.audit = r -> {
            onFxThread.set(Platform.isFxApplicationThread());
            List<Finding> findings = Auditor.standard().audit(r);
            audited.set(findings.size());
            return findings;
        };
        RunningApp app = RunningApp.onSample(dir);
        app.launch();
        openExport(app);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.robot.lookup("#export-dialog").tryQuery().isPresent());
        assertThat(onFxThread.get()).isFalse();
        assertThat(audited.get()).isPositive(); // the seed has real mistakes
        app.robot.interact(() -> app.robot.lookup("#export-dialog").query().getScene().getWindow().hide());
        app.close();
    }

    @Test
    void theRollUpsExportDialogIsAuditedOffTheFxThreadToo() throws Exception {
        AtomicReference<String> auditedUnit = new AtomicReference<>();
        AtomicReference<Boolean> onFxThread = new AtomicReference<>();
        ExportAudit.audit = r -> {
            onFxThread.set(Platform.isFxApplicationThread());
            auditedUnit.set(r.department().fullName());
            return Auditor.standard().audit(r);
        };
        Report sample = org.selfeval.exchange.ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        RunningApp app = RunningApp.onSampleWith(dir, org.selfeval.rollup.RollUpFixtures.unit(sample));
        app.launch();
        app.robot.clickOn("文件").clickOn("汇总（本级＋下属单位）…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.robot.lookup("#rollup-export").tryQuery().isPresent());
        app.robot.interact(() -> app.robot.lookup("#rollup-export").queryAs(javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.robot.lookup("#export-dialog").tryQuery().isPresent());
        assertThat(onFxThread.get()).isFalse();
        assertThat(auditedUnit.get()).startsWith(sample.department().fullName()).endsWith("（含下属单位）"); // the roll-up, not the open report
        app.robot.interact(() -> app.robot.lookup("#export-dialog").query().getScene().getWindow().hide());
        app.close();
    }

    @Test
    void aFailedAuditIsToldAndOpensNoDialog() throws Exception {
        ExportAudit.audit = r -> {
            throw new IllegalStateException("规则表已损坏");
        };
        RunningApp app = RunningApp.onSample(dir);
        app.launch();
        openExport(app);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = app.robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(((javafx.scene.control.Label) pane.getContent()).getText()).contains("导出前审核本报告时出错").contains("规则表已损坏");
        assertThat(app.robot.lookup("#export-dialog").tryQuery()).isEmpty();
        app.robot.interact(() -> pane.getScene().getWindow().hide());
        app.close();
    }
}
