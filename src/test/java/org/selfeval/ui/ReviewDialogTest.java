package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.review.ReviewFolderFixtureAccess;
import org.selfeval.review.ReviewWorkbook;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 批量审核 in the window: progress, the reports and the unreadable files listed, the summary saved. */
@ExtendWith(ApplicationExtension.class)
class ReviewDialogTest {
    @TempDir
    Path dir;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void aFolderIsReviewedListedChartedAndSaved(FxRobot robot) throws Exception {
        Path folder = dir.resolve("收到的报告");
        ReviewFolderFixtureAccess.write(folder, 6);
        ReviewDialog[] d = new ReviewDialog[1];
        robot.interact(() -> d[0] = ReviewDialog.open(stage, folder));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#review-status").queryAs(Label.class).getText().startsWith("已审核"));
        assertThat(robot.lookup("#review-status").queryAs(Label.class).getText()).contains("已审核 9 份报告", "2 个文件无法读取");
        assertThat(robot.lookup("#review-table").queryAs(TableView.class).getItems()).hasSize(9);
        assertThat(robot.lookup("#review-unreadable").queryAs(TableView.class).getItems()).hasSize(2);
        Path out = dir.resolve("汇总.xlsx");
        robot.interact(() -> d[0].writeTo(out));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#review-status").queryAs(Label.class).getText().startsWith("汇总表已保存"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheet(ReviewWorkbook.SUMMARY).getLastRowNum()).isEqualTo(9);
        }
    }
}
