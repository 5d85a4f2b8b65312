package org.selfeval.ui.chapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfeval.ui.forms.FormFixture.fx;

import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.edit.ReportEditor;
import org.selfeval.narrative.Narrative;

import org.selfeval.profile.RegionalProfile;
import org.selfeval.ui.basics.BasicsPane;
import org.selfeval.ui.forms.FormFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The fields format 2 added, in real forms: 上年合计 with its 较上年 figure, 人员/公用经费, the 地区规范 picker. */
@ExtendWith(ApplicationExtension.class)
class FormatTwoFieldsTest {
    ReportEditor editor;

    @Start
    void start(Stage stage) {
        editor = FormFixture.editor(FormFixture.sample().withFinances(FormFixture.sample().finances().withIncomeText(null)));
        FinancesPane finances = new FinancesPane(editor);
        BasicsPane basics = new BasicsPane(editor, FormFixture.bundle());
        javafx.scene.control.ScrollPane both = new javafx.scene.control.ScrollPane(new VBox(basics.node(), finances.node()));
        stage.setScene(new Scene(both, 1270, 790));
        stage.show();
    }

    @Test
    void lastYearsIncomeGivesTheChangeAndTheGeneratedSentence(FxRobot robot) {
        TextField prior = robot.lookup("#priorIncomeTotal").queryAs(TextField.class);
        fx(() -> prior.setText("1000"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.current().finances().priorIncomeTotal()).isEqualByComparingTo("1000");
        Label change = robot.lookup("#income-change").queryAs(Label.class);
        assertThat(change.getText()).isEqualTo("较上年增加 123.58 万元，增长 12.36%");
        assertThat(Narrative.of(editor.current()).effective(org.selfeval.narrative.TextField.INCOME))
                .endsWith("收入合计较2022年度增加123.58万元，增长12.36%。");
        fx(editor::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.current().finances().priorIncomeTotal()).isNull();
        assertThat(change.getText()).isEqualTo("（未填上年数）");
    }

    @Test
    void theStatedTotalsOfTheSampleAreShownAndAgree(FxRobot robot) {
        Label stated = (Label) robot.lookup("#income-stated").queryAs(javafx.scene.layout.HBox.class).getChildren().get(0);
        assertThat(stated.isVisible()).isTrue();
        assertThat(stated.getText()).isEqualTo("原文（原表）所填合计：1123.58 万元");
    }

    @Test
    void theRegionalProfileIsPickedInChapterOneAndUndone(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ChoiceBox<RegionalProfile> box = robot.lookup("#report-profile").queryAs(ChoiceBox.class);
        assertThat(box.getValue()).isEqualTo(RegionalProfile.SICHUAN);
        assertThat(box.getItems()).containsExactly(RegionalProfile.SICHUAN, RegionalProfile.NATIONAL, RegionalProfile.HUNAN,
                RegionalProfile.ANHUI);
        fx(() -> box.setValue(RegionalProfile.HUNAN));
        assertThat(editor.current().profile()).isEqualTo("hunan");
        fx(editor::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.current().profile()).isEqualTo("sichuan");
        assertThat(box.getValue()).isEqualTo(RegionalProfile.SICHUAN);
    }
}
