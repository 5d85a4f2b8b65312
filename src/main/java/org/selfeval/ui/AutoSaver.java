package org.selfeval.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.selfeval.model.Report;
import org.selfeval.store.ReportStore;

/**
 * Saves the report being edited at most {@link #DELAY} after an edit, on one background thread,
 * one {@link ReportStore#save} (one transaction) per save. Edits arriving while a save is pending
 * join it: the save takes the newest report when it runs, so continuous typing is saved too. A
 * failed save is reported and retried; nothing is dropped silently. {@link #flush()} on close.
 */
public final class AutoSaver implements AutoCloseable {
    public static final Duration DELAY = Duration.ofMillis(700);
    /** While the clerk keeps editing, an automatic snapshot is taken after a save at most this often. */
    public static final Duration SNAPSHOT_EVERY = Duration.ofMinutes(10);
    static final Duration RETRY = Duration.ofSeconds(5);

    /** What the status bar shows. */
    public enum State { SAVING, SAVED, FAILED }

    /** @param reason why the save failed, null otherwise */
    public record Status(State state, Instant at, String reason) {
    }

    private final ReportStore store;
    private final Consumer<Status> onStatus;
    private final Clock clock;
    private final Consumer<Report> periodicSnapshot;
    private Instant lastSnapshotAt;
    private final Duration retry;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "autosave");
        t.setDaemon(true);
        return t;
    });
    private Report latest;
    private Report saved;
    private ScheduledFuture<?> pending;

    /** @param onStatus called on the save thread; the UI moves it to the FX thread */
    public AutoSaver(ReportStore store, Consumer<Status> onStatus) {
        this(store, onStatus, report -> { }, Clock.systemDefaultZone());
    }

    /**
     * @param periodicSnapshot takes an automatic snapshot of a saved report (on the save thread),
     *                         called after a save once {@link #SNAPSHOT_EVERY} has passed
     */
    public AutoSaver(ReportStore store, Consumer<Status> onStatus, Consumer<Report> periodicSnapshot) {
        this(store, onStatus, periodicSnapshot, Clock.systemDefaultZone());
    }

    AutoSaver(ReportStore store, Consumer<Status> onStatus, Clock clock) {
        this(store, onStatus, report -> { }, clock);
    }

    AutoSaver(ReportStore store, Consumer<Status> onStatus, Consumer<Report> periodicSnapshot, Clock clock) {
        this(store, onStatus, periodicSnapshot, clock, RETRY);
    }

    /** @param retry how long after a failed save it is tried again */
    AutoSaver(ReportStore store, Consumer<Status> onStatus, Consumer<Report> periodicSnapshot, Clock clock, Duration retry) {
        this.retry = retry;
        this.store = Objects.requireNonNull(store);
        this.onStatus = Objects.requireNonNull(onStatus);
        this.periodicSnapshot = Objects.requireNonNull(periodicSnapshot);
        this.clock = clock;
        this.lastSnapshotAt = clock.instant();
    }

    /** The report as it is in the store now (just loaded or created): not saved again. */
    public synchronized void baseline(Report report) {
        latest = report;
        saved = report;
    }

    /** Called after every edit, on any thread. */
    public synchronized void changed(Report report) {
        latest = report;
        if (report.equals(saved)) {
            return;
        }
        if (pending == null || pending.isDone()) {
            pending = executor.schedule(this::scheduledSave, DELAY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * The scheduled save: while it runs it is no longer pending, so a failure schedules its retry
     * and an edit during the save schedules the next save.
     */
    private void scheduledSave() {
        synchronized (this) {
            pending = null;
        }
        saveLatest();
    }

    /** True while an edit has not yet reached the store. */
    public synchronized boolean isDirty() {
        return latest != null && !latest.equals(saved);
    }

    private void saveLatest() {
        Report report;
        synchronized (this) {
            report = latest;
            if (report == null || report.equals(saved)) {
                return;
            }
        }
        onStatus.accept(new Status(State.SAVING, clock.instant(), null));
        try {
            store.save(report);
            synchronized (this) {
                saved = report;
            }
            onStatus.accept(new Status(State.SAVED, clock.instant(), null));
            snapshotIfDue(report);
        } catch (RuntimeException e) {
            onStatus.accept(new Status(State.FAILED, clock.instant(), reason(e)));
            synchronized (this) {
                if (pending == null || pending.isDone()) {
                    pending = executor.schedule(this::scheduledSave, retry.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    /** On the save thread, after a successful save. A failed snapshot never fails the save. */
    private void snapshotIfDue(Report report) {
        Instant now = clock.instant();
        if (Duration.between(lastSnapshotAt, now).compareTo(SNAPSHOT_EVERY) < 0) {
            return;
        }
        lastSnapshotAt = now;
        try {
            periodicSnapshot.accept(report);
        } catch (RuntimeException e) {
            // the report itself is saved; only the extra copy is missing, the next one comes later
            org.slf4j.LoggerFactory.getLogger(AutoSaver.class).warn("自动快照未能保存：{}", reason(e));
        }
    }

    static String reason(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /**
     * Saves the newest report now and waits for it (on close, before switching reports).
     *
     * @return true when everything is in the store
     */
    public boolean flush() {
        try {
            executor.submit(this::saveLatest).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            onStatus.accept(new Status(State.FAILED, clock.instant(), reason(e)));
        }
        return !isDirty();
    }

    @Override
    public void close() {
        flush();
        executor.shutdown();
    }
}
