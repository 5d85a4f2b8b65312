package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.selfeval.model.Department;
import org.selfeval.model.Report;
import org.selfeval.store.ReportStore;
import org.selfeval.store.ReportSummary;

class AutoSaverTest {
    /** Records every save; can be told to fail. */
    static final class RecordingStore implements ReportStore {
        final List<Report> saves = new CopyOnWriteArrayList<>();
        final AtomicBoolean failing = new AtomicBoolean();

        @Override
        public List<ReportSummary> list() {
            return List.of();
        }

        @Override
        public Optional<Report> load(String reportId) {
            return Optional.empty();
        }

        @Override
        public void save(Report report) {
            if (failing.get()) {
                throw new IllegalStateException("磁盘已满");
            }
            saves.add(report);
        }

        @Override
        public void delete(String reportId) {
        }

        @Override
        public void close() {
        }
    }

    private static Report report(int year) {
        return Report.empty("r", year, new Department("测试局", ""));
    }

    private static void waitUntil(java.util.function.BooleanSupplier done, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
    }

    @Test
    void burstOfEditsIsSavedOnceWithTheNewestReportWithinTheDelay() throws Exception {
        RecordingStore store = new RecordingStore();
        List<AutoSaver.Status> statuses = new CopyOnWriteArrayList<>();
        try (AutoSaver saver = new AutoSaver(store, statuses::add)) {
            saver.baseline(report(2020));
            long start = System.nanoTime();
            for (int y = 2021; y <= 2025; y++) {
                saver.changed(report(y));
            }
            waitUntil(() -> !store.saves.isEmpty(), Duration.ofSeconds(5));
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(store.saves).extracting(Report::year).containsExactly(2025);
            assertThat(elapsedMs).isLessThan(AutoSaver.DELAY.toMillis() + 900);
            waitUntil(() -> statuses.stream().anyMatch(s -> s.state() == AutoSaver.State.SAVED), Duration.ofSeconds(2));
            assertThat(statuses).extracting(AutoSaver.Status::state).containsSubsequence(AutoSaver.State.SAVING, AutoSaver.State.SAVED);
            assertThat(saver.isDirty()).isFalse();
        }
    }

    @Test
    void baselineIsNotSavedAgain() {
        RecordingStore store = new RecordingStore();
        try (AutoSaver saver = new AutoSaver(store, s -> { })) {
            saver.baseline(report(2023));
            saver.changed(report(2023));
            assertThat(saver.flush()).isTrue();
            assertThat(store.saves).isEmpty();
        }
    }

    @Test
    void aFailedSaveIsReportedWithItsReasonAndKeptDirtyUntilASaveWorks() {
        RecordingStore store = new RecordingStore();
        List<AutoSaver.Status> statuses = new CopyOnWriteArrayList<>();
        try (AutoSaver saver = new AutoSaver(store, statuses::add)) {
            saver.baseline(report(2022));
            store.failing.set(true);
            saver.changed(report(2023));
            assertThat(saver.flush()).isFalse();
            assertThat(statuses).anyMatch(s -> s.state() == AutoSaver.State.FAILED && s.reason().contains("磁盘已满"));
            assertThat(saver.isDirty()).isTrue();

            store.failing.set(false);
            assertThat(saver.flush()).isTrue();
            assertThat(store.saves).extracting(Report::year).containsExactly(2023);
        }
    }

    @Test
    void closeFlushesThePendingEdit() {
        RecordingStore store = new RecordingStore();
        AutoSaver saver = new AutoSaver(store, s -> { });
        saver.baseline(report(2022));
        saver.changed(report(2024));
        saver.close();
        assertThat(store.saves).extracting(Report::year).containsExactly(2024);
    }
}
