package org.selfeval.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.edit.ReportEditor;
import org.selfeval.model.Department;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Report;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ControlsTest {
    private static final Lens<BigDecimal> GPB = Lens.of("finances.income.GENERAL_PUBLIC_BUDGET",
            r -> r.finances().income().get(IncomeSource.GENERAL_PUBLIC_BUDGET),
            (r, v) -> r.withFinances(r.finances().withIncome(IncomeSource.GENERAL_PUBLIC_BUDGET, v)));

    private AmountField amount;
    private CountField count;
    private LongTextArea text;
    private GeneratedTextBox generated;
    private ReportEditor editor;

    @Start
    void start(Stage stage) {
        // a stopped clock: on a busy machine keystrokes may be more than the coalescing window apart
        editor = new ReportEditor(Report.empty("r1", 2023, new Department("测试局", "测试")),
                java.time.Clock.fixed(java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC));
        ReportBindings bindings = new ReportBindings(editor);
        amount = new AmountField();
        amount.setFieldId("amount");
        amount.setFieldName("一般公共预算财政拨款收入");
        bindings.bindAmount(amount, GPB);
        count = new CountField();
        count.setFieldId("count");
        text = new LongTextArea(10);
        text.setFieldId("text");
        generated = new GeneratedTextBox();
        generated.setFieldId("gen");
        bindings.bindGenerated(generated, Lens.of("finances.incomeText", r -> r.finances().incomeText(),
                (r, v) -> r.withFinances(r.finances().withIncomeText(v))),
                r -> "收入合计" + r.finances().incomeTotal().toPlainString() + "万元。");
        stage.setScene(new Scene(new VBox(8, amount, count, text, generated), 500, 600));
        stage.show();
    }

    @Test
    void amountCommitsBigDecimalAndRefusesLettersNegativesAndSeventhDecimal(FxRobot robot) {
        robot.clickOn("#amount").write("12.5");
        assertThat(amount.getValue()).isEqualByComparingTo("12.50");
        assertThat(editor.current().finances().income(IncomeSource.GENERAL_PUBLIC_BUDGET)).isEqualByComparingTo("12.50");

        robot.write("a");
        assertThat(amount.textField().getText()).isEqualTo("12.5");
        assertThat(amount.getValue()).isEqualByComparingTo("12.50");
        assertThat(amount.messageLabel().isVisible()).isTrue();
        assertThat(amount.errorProperty().get()).contains("一般公共预算财政拨款收入").contains("字母").contains("12.5");

        // 元 with two decimals: 12.500005 万元 = 125000.05 元 is kept exactly; a seventh decimal is refused
        robot.write("000057");
        assertThat(amount.textField().getText()).isEqualTo("12.500005");
        assertThat(amount.errorProperty().get()).contains("六位小数");
        assertThat(amount.getValue()).isEqualTo(new java.math.BigDecimal("12.500005"));

        robot.push(KeyCode.HOME).write("-");
        assertThat(amount.errorProperty().get()).contains("负数");
        assertThat(amount.getValue()).isEqualTo(new java.math.BigDecimal("12.500005"));
        robot.push(KeyCode.END).push(KeyCode.BACK_SPACE);
        assertThat(amount.messageLabel().isVisible()).isFalse();
        assertThat(amount.getValue()).isEqualTo(new java.math.BigDecimal("12.50"));
    }

    @Test
    void aRefusalDoesNotOutliveTheKeystrokeItWasAbout(FxRobot robot) {
        robot.clickOn("#amount").write("8").write("x");
        assertThat(amount.messageLabel().isVisible()).isTrue();
        robot.clickOn("#count");
        assertThat(amount.messageLabel().isVisible()).as("gone after Tab / focus elsewhere").isFalse();
        robot.clickOn("#amount").write("y");
        assertThat(amount.messageLabel().isVisible()).isTrue();
        robot.interact(() -> editor.undo());
        assertThat(amount.messageLabel().isVisible()).as("gone after undo").isFalse();
        assertThat(amount.errorProperty().get()).isEmpty();
    }

    @Test
    void typingInOneAmountIsOneUndoStep(FxRobot robot) {
        robot.clickOn("#amount").write("305.77");
        robot.interact(() -> editor.undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(amount.getValue()).isNull();
        assertThat(amount.textField().getText()).isEmpty();
        robot.interact(() -> editor.redo());
        assertThat(amount.getValue()).isEqualByComparingTo("305.77");
    }

    @Test
    void countRefusesNegativeAndFractions(FxRobot robot) {
        robot.clickOn("#count").write("37");
        assertThat(count.getValue()).isEqualTo(37);
        robot.write(".");
        assertThat(count.getValue()).isEqualTo(37);
        assertThat(count.errorProperty().get()).contains("整数");
    }

    @Test
    void counterTurnsRedOverTheLimit(FxRobot robot) {
        robot.clickOn("#text").write("一二三四五");
        assertThat(text.counterLabel().getText()).contains("5").contains("10");
        assertThat(text.isOverLimit()).isFalse();
        robot.interact(() -> text.setText("一二三四五六七八九十十一"));
        assertThat(text.isOverLimit()).isTrue();
        assertThat(Look.inState(text.counterLabel(), "over-limit")).isTrue();
        robot.interact(() -> text.setText("一二三"));
        assertThat(Look.inState(text.counterLabel(), "over-limit")).isFalse();
    }

    @Test
    void generatedTextFollowsFiguresUntilTheClerkTakesIt(FxRobot robot) {
        robot.clickOn("#amount").write("100");
        assertThat(generated.shownText()).isEqualTo("收入合计100.00万元。");
        assertThat(generated.textArea().isEditable()).isFalse();

        robot.clickOn("#gen-own");
        assertThat(editor.current().finances().incomeText()).isEqualTo("收入合计100.00万元。");
        robot.clickOn("#gen").push(KeyCode.END).write("另有说明");
        assertThat(editor.current().finances().incomeText()).isEqualTo("收入合计100.00万元。另有说明");

        robot.clickOn("#gen-restore");
        assertThat(editor.current().finances().incomeText()).isNull();
        assertThat(generated.shownText()).isEqualTo("收入合计100.00万元。");
    }
}
