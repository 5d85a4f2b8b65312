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
    void burstOfEditsIsSavedOnceWithTheNewestReport() throws Exception {
        RecordingStore store = new RecordingStore();
        List<AutoSaver.Status> statuses = new CopyOnWriteArrayList<>();
        try (AutoSaver saver = new AutoSaver(store, statuses::add)) {
            saver.baseline(report(2020));
            for (int y = 2021; y <= 2025; y++) {
                saver.changed(report(y));
            }
            waitUntil(() -> !store.saves.isEmpty(), Duration.ofSeconds(5));
            // (how soon is a benchmark figure, not a test: src/test/bench/run.sh)
            assertThat(store.saves).extracting(Report::year).containsExactly(2025);
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

    /** Issue 14.1: the scheduled save that failed is retried by itself, with no further edit. */
    @Test
    void aFailedScheduledSaveIsRetriedWithoutAnotherEdit() throws Exception {
        RecordingStore store = new RecordingStore();
        List<AutoSaver.Status> statuses = new CopyOnWriteArrayList<>();
        try (AutoSaver saver = new AutoSaver(store, statuses::add, r -> { }, java.time.Clock.systemUTC(),
                Duration.ofMillis(100))) {
            saver.baseline(report(2022));
            store.failing.set(true);
            saver.changed(report(2023));
            waitUntil(() -> statuses.stream().filter(s -> s.state() == AutoSaver.State.FAILED).count() >= 2,
                    Duration.ofSeconds(20));
            assertThat(statuses).filteredOn(s -> s.state() == AutoSaver.State.FAILED).hasSizeGreaterThanOrEqualTo(2);
            store.failing.set(false);
            waitUntil(() -> !store.saves.isEmpty(), Duration.ofSeconds(20));
            assertThat(store.saves).extracting(Report::year).containsExactly(2023);
            assertThat(saver.isDirty()).isFalse();
            assertThat(statuses.get(statuses.size() - 1).state()).isEqualTo(AutoSaver.State.SAVED);
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

    @Test
    void anAutomaticSnapshotFollowsASaveOnceTheIntervalHasPassed() {
        RecordingStore store = new RecordingStore();
        List<Report> snapshots = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
                new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2026-01-01T08:00:00Z"));
        java.time.Clock clock = new java.time.Clock() {
            @Override public java.time.ZoneId getZone() { return java.time.ZoneOffset.UTC; }
            @Override public java.time.Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public java.time.Instant instant() { return now.get(); }
        };
        try (AutoSaver saver = new AutoSaver(store, s -> { }, snapshots::add, clock)) {
            saver.baseline(report(2020));
            saver.changed(report(2021));
            assertThat(saver.flush()).isTrue();
            assertThat(snapshots).as("no snapshot before the interval").isEmpty();
            now.set(now.get().plus(AutoSaver.SNAPSHOT_EVERY));
            saver.changed(report(2022));
            assertThat(saver.flush()).isTrue();
            assertThat(snapshots).extracting(Report::year).containsExactly(2022);
            now.set(now.get().plusSeconds(60));
            saver.changed(report(2023));
            assertThat(saver.flush()).isTrue();
            assertThat(snapshots).as("at most one per interval").hasSize(1);
            assertThat(store.saves).extracting(Report::year).containsExactly(2021, 2022, 2023);
        }
    }
}
