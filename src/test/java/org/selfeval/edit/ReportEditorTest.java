package org.selfeval.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.model.Department;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Report;

class ReportEditorTest {
    static final class StepClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    static Report income(Report r, String amount) {
        return r.withFinances(r.finances().withIncome(IncomeSource.GENERAL_PUBLIC_BUDGET, new BigDecimal(amount)));
    }

    final StepClock clock = new StepClock();
    final Report empty = Report.empty("r1", 2023, new Department("测试局", "测局"));

    @Test
    void typingInOneFieldIsOneUndoStepAndRedoRestoresIt() {
        ReportEditor editor = new ReportEditor(empty, clock);
        editor.apply("income", r -> income(r, "1"));
        clock.now = clock.now.plusMillis(300);
        editor.apply("income", r -> income(r, "12"));
        assertThat(editor.current().finances().incomeTotal()).isEqualByComparingTo("12");
        assertThat(editor.undo()).isTrue();
        assertThat(editor.current()).isEqualTo(empty);
        assertThat(editor.canUndo()).isFalse();
        assertThat(editor.redo()).isTrue();
        assertThat(editor.current().finances().incomeTotal()).isEqualByComparingTo("12");
    }

    @Test
    void editsAfterAPauseOrInAnotherFieldAreSeparateSteps() {
        ReportEditor editor = new ReportEditor(empty, clock);
        editor.apply("income", r -> income(r, "1"));
        clock.now = clock.now.plus(Duration.ofSeconds(2));
        editor.apply("income", r -> income(r, "2"));
        editor.apply("year", r -> r.withYear(2024));
        editor.undo();
        assertThat(editor.current().year()).isEqualTo(2023);
        assertThat(editor.current().finances().incomeTotal()).isEqualByComparingTo("2");
        editor.undo();
        assertThat(editor.current().finances().incomeTotal()).isEqualByComparingTo("1");
    }

    @Test
    void aNewEditClearsRedoAndAnEqualEditIsNoStep() {
        ReportEditor editor = new ReportEditor(empty, clock);
        List<Report> seen = new ArrayList<>();
        editor.addListener(seen::add);
        assertThat(editor.apply("year", r -> r.withYear(2023))).isFalse();
        editor.apply("year", r -> r.withYear(2024));
        editor.undo();
        editor.apply("income", r -> income(r, "5"));
        assertThat(editor.canRedo()).isFalse();
        assertThat(seen).hasSize(3);
    }
}
