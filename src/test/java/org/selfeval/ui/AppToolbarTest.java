package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 15: toolbar buttons never show words cut to "Im…": on a narrow bar they show their icons only. */
@ExtendWith(ApplicationExtension.class)
class AppToolbarTest {
    private final List<Button> buttons = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ComboBox<String> picker = new ComboBox<>();
        picker.getItems().add("乐山市营商环境服务管理局2023年度部门整体支出绩效自评报告");
        picker.getSelectionModel().select(0);
        picker.setMinWidth(160);
        HBox bar = new HBox(8, picker);
        for (String word : List.of("Import", "Export", "Save snapshot", "Undo", "Redo", "Review a folder", "User guide")) {
            Button b = new Button(word, new org.kordamp.ikonli.javafx.FontIcon("mdi2u-undo"));
            b.setContentDisplay(ContentDisplay.LEFT);
            b.setMinWidth(Region.USE_PREF_SIZE);
            buttons.add(b);
        }
        bar.getChildren().addAll(buttons);
        AppToolbar.iconsOnlyWhenNarrow(bar, buttons);
        stage.setScene(new Scene(bar, 1400, 60));
        stage.show();
    }

    @Test
    void aNarrowBarShowsIconsAndAWideOneTheWordsNeverCut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(buttons).allSatisfy(b -> assertThat(b.getContentDisplay()).isEqualTo(ContentDisplay.LEFT));
        robot.interact(() -> stage.setWidth(700));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(buttons).allSatisfy(b -> assertThat(b.getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY));
        robot.interact(() -> stage.setWidth(1400));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(buttons).allSatisfy(b -> {
            assertThat(b.getContentDisplay()).isEqualTo(ContentDisplay.LEFT);
            assertThat(((javafx.scene.text.Text) b.lookup(".text")).getText()).isEqualTo(b.getText());
        });
    }
}
