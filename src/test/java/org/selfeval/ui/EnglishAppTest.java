package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.audit.Finding;
import org.selfeval.audit.Severity;
import org.selfeval.ui.controls.Messages;
import org.testfx.util.WaitForAsyncUtils;

/** The window started in English (-Dselfeval.lang=en): the shell, the chapter forms and the severities read English. */
class EnglishAppTest {
    @TempDir
    Path dir;
    private RunningApp app;
    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        System.setProperty("selfeval.lang", "en");
        Messages.use(Locale.ENGLISH);
    }

    @AfterEach
    void chinese() throws Exception {
        if (app != null) {
            app.close();
        }
        System.clearProperty("selfeval.lang");
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        Locale.setDefault(before);
    }

    @Test
    void aChapterFormAndTheFindingsReadEnglish() throws Exception {
        app = RunningApp.onSample(dir);
        app.launch();
        var robot = app.robot;

        // the severities in the findings list; the messages themselves stay Chinese, as the report
        Finding error = app.finding(f -> f.severity() == Severity.ERROR).map(i -> (Finding) i.getValue()).orElseThrow();
        app.select(f -> f == error);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".tree-cell").match((TreeCell<?> c) -> c.getItem() == error).queryAs(TreeCell.class)
                .getText()).startsWith("[Error] " + error.ruleId());

        // chapter 二, shown first: the income sources by their English names
        assertThat(robot.lookup("Appropriations from the general public budget").tryQuery()).isPresent();

        // chapter 一's form: its headings and the indicator table's columns
        ListView<?> navigator = robot.lookup("#chapter-navigator").queryAs(ListView.class);
        robot.interact(() -> navigator.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("(1) Organisation").tryQuery().isPresent());
        assertThat(robot.lookup("1. Department overview").tryQuery()).isPresent();
        assertThat(robot.lookup(".table-view").queryAllAs(TableView.class)).flatMap(TableView::getColumns)
                .extracting(c -> ((TableColumnBase<?, ?>) c).getText()).contains("Level 1", "Indicator", "Weight");
        assertThat(robot.lookup("（一）机构组成").tryQuery()).isEmpty();

        // the user guide (F1) in English
        robot.push(javafx.scene.input.KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#help-page").tryQuery().isPresent());
        assertThat(robot.lookup("#help-page .label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .contains("User guide", "2. Bringing in the figures you already have")
                .noneMatch(t -> t.startsWith("二、") || t.contains(".md"));
    }
}
