package org.selfeval.ui.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfeval.ui.forms.FormFixture.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.edit.ReportEditor;
import org.selfeval.model.Headcount;
import org.selfeval.model.LeadershipPost;
import org.selfeval.model.StaffCategory;
import org.selfeval.model.Staffing;
import org.selfeval.ui.forms.Fields;
import org.selfeval.ui.forms.FormFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 人员概况's three lists take rows pasted from Excel / WPS, one undo step per paste. */
@ExtendWith(ApplicationExtension.class)
class StaffingPasteTest {
    ReportEditor editor;
    BasicsPane pane;

    @Start
    void start(Stage stage) {
        editor = FormFixture.editor();
        pane = new BasicsPane(editor, FormFixture.bundle());
        stage.setScene(new Scene((javafx.scene.Parent) pane.node(), 1100, 800));
        stage.show();
    }

    private Staffing staffing() {
        return editor.current().basics().staffing();
    }

    private static void clipboard(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
    }

    private <T extends Node> T reveal(FxRobot robot, String query, Class<T> type) {
        T node = robot.lookup(query).queryAs(type);
        fx(() -> Fields.reveal((ScrollPane) pane.node(), node));
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    private String message(FxRobot robot, String list) {
        return robot.lookup("#basics-staffing-" + list + "-paste-message").queryAs(Label.class).getText();
    }

    @Test
    void establishmentRowsArePastedWithTheButtonAndAnUnreadableCountIsNamed(FxRobot robot) {
        List<Headcount> before = staffing().establishment();
        int n = before.size();
        clipboard(robot, "行政\t机关行政编制\t30\r\n事业编制\t下属事业单位事业编制\t3x\r\n其他\t其他编制\t2人\r\n");
        robot.clickOn(reveal(robot, "#basics-staffing-establishment-paste", Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        List<Headcount> after = staffing().establishment();
        assertThat(after).hasSize(n + 3);
        assertThat(after.subList(0, n)).isEqualTo(before);
        assertThat(after.subList(n, n + 3)).containsExactly(
                new Headcount(StaffCategory.ADMINISTRATIVE, "机关行政编制", 30),
                new Headcount(StaffCategory.INSTITUTION, "下属事业单位事业编制", 0),
                new Headcount(StaffCategory.OTHER, "其他编制", 2));
        assertThat(message(robot, "establishment"))
                .contains("第" + (n + 2) + "行第3列（人数）“3x”不是整数").doesNotContain("第" + (n + 1) + "行");
        assertThat(robot.lookup("#basics-staffing-establishment-" + (n + 1) + "-label").queryAs(TextField.class).getText())
                .isEqualTo("下属事业单位事业编制");
        FormFixture.snapshot(robot.lookup("#basics-staffing-establishment").query(), "staffing-paste-establishment");

        fx(() -> editor.undo());
        assertThat(staffing().establishment()).isEqualTo(before);
        assertThat(message(robot, "establishment")).isEmpty();
    }

    @Test
    void leadershipPostsArePastedWithCtrlVAfterTheRowBeingEdited(FxRobot robot) {
        List<LeadershipPost> before = staffing().leadershipPosts();
        assertThat(before).isNotEmpty();
        clipboard(robot, "局长\t1\n副局长\t3名\n");
        robot.clickOn(reveal(robot, "#basics-staffing-leadershipPosts-0-title", TextField.class));
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        List<LeadershipPost> expected = new ArrayList<>(before);
        expected.addAll(1, List.of(new LeadershipPost("局长", 1), new LeadershipPost("副局长", 3)));
        assertThat(staffing().leadershipPosts()).isEqualTo(expected);
        assertThat(message(robot, "leadershipPosts")).isEmpty();
        // the clipboard text went into the list, not into the title field
        assertThat(robot.lookup("#basics-staffing-leadershipPosts-0-title").queryAs(TextField.class).getText())
                .isEqualTo(before.get(0).title());

        fx(() -> editor.undo());
        assertThat(staffing().leadershipPosts()).isEqualTo(before);
    }

    @Test
    void actualStaffTakeTheLabelTextAsKindAndNameAnUnknownKindAndANegativeCount(FxRobot robot) {
        int total = staffing().actualTotal();
        int n = staffing().actual().size();
        clipboard(robot, "机关工勤人员\t机关工勤人员\t4\n临时\t临聘人员\t5\n行政\t行政人员\t-2\n");
        robot.clickOn(reveal(robot, "#basics-staffing-actual-paste", Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        List<Headcount> added = staffing().actual().subList(n, n + 3);
        assertThat(added).containsExactly(
                new Headcount(StaffCategory.WORKER, "机关工勤人员", 4),
                new Headcount(StaffCategory.ADMINISTRATIVE, "临聘人员", 5),
                new Headcount(StaffCategory.ADMINISTRATIVE, "行政人员", 0));
        assertThat(staffing().actualTotal()).isEqualTo(total + 9);
        assertThat(message(robot, "actual"))
                .contains("第" + (n + 2) + "行第1列（类别）“临时”不是类别")
                .contains("第" + (n + 3) + "行第3列（人数）“-2”不能为负数");
        assertThat(robot.lookup("#basics-staffing-actualTotal").queryAs(Label.class).getText())
                .contains(String.valueOf(total + 9));

        fx(() -> editor.undo());
        assertThat(staffing().actual()).hasSize(n);
        assertThat(staffing().actualTotal()).isEqualTo(total);
    }

    @Test
    void theTaskListStillTakesTitleAndTextThroughTheSharedPaste(FxRobot robot) {
        var before = editor.current().basics().tasks().items();
        clipboard(robot, "优化营商环境\t全年办理“一件事”12万件。\n\t只有正文的一行\n");
        robot.clickOn(reveal(robot, "#basics-tasks-items-paste", Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        var after = editor.current().basics().tasks().items();
        assertThat(after).hasSize(before.size() + 2);
        assertThat(after.get(before.size()).title()).isEqualTo("优化营商环境");
        assertThat(after.get(before.size()).body()).isEqualTo("全年办理“一件事”12万件。");
        assertThat(after.get(before.size() + 1).body()).isEqualTo("只有正文的一行");
        fx(() -> editor.undo());
        assertThat(editor.current().basics().tasks().items()).isEqualTo(before);
    }

    @Test
    void anEmptyClipboardIsToldPlainly(FxRobot robot) {
        Staffing before = staffing();
        clipboard(robot, "\n");
        robot.clickOn(reveal(robot, "#basics-staffing-leadershipPosts-paste", Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(staffing()).isEqualTo(before);
        assertThat(message(robot, "leadershipPosts")).contains("剪贴板里没有文字");
    }
}
