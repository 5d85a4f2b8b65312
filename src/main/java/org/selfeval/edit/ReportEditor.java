package org.selfeval.edit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.selfeval.model.Report;

/**
 * Holds the report being edited and its undo / redo history. Every edit is a function from one
 * immutable {@link Report} to the next. Edits with the same key that follow each other within
 * {@link #COALESCE_WINDOW} (typing in one field) form one undo step. No JavaFX: the UI listens.
 */
public final class ReportEditor {
    public static final Duration COALESCE_WINDOW = Duration.ofSeconds(1);
    private static final int MAX_HISTORY = 500;

    private final Clock clock;
    private final Deque<Report> undo = new ArrayDeque<>();
    private final Deque<Report> redo = new ArrayDeque<>();
    private final List<Consumer<Report>> listeners = new CopyOnWriteArrayList<>();
    private Report current;
    private String lastKey;
    private Instant lastEditAt = Instant.MIN;

    public ReportEditor(Report initial) {
        this(initial, Clock.systemUTC());
    }

    public ReportEditor(Report initial, Clock clock) {
        this.current = Objects.requireNonNull(initial);
        this.clock = clock;
    }

    public Report current() {
        return current;
    }

    /**
     * Applies an edit. Returns false (and changes nothing) when the edit leaves the report equal.
     *
     * @param key  what is being edited, e.g. the field path; equal keys in quick succession coalesce
     * @param edit the change
     */
    public boolean apply(String key, UnaryOperator<Report> edit) {
        Report next = Objects.requireNonNull(edit.apply(current));
        if (next.equals(current)) {
            return false;
        }
        Instant now = clock.instant();
        boolean coalesce = key != null && key.equals(lastKey) && !undo.isEmpty()
                && Duration.between(lastEditAt, now).compareTo(COALESCE_WINDOW) <= 0;
        if (!coalesce) {
            undo.push(current);
            if (undo.size() > MAX_HISTORY) {
                undo.removeLast();
            }
        }
        redo.clear();
        lastKey = key;
        lastEditAt = now;
        set(next);
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        redo.push(current);
        lastKey = null;
        set(undo.pop());
        return true;
    }

    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        undo.push(current);
        lastKey = null;
        set(redo.pop());
        return true;
    }

    /** Replaces the report (another report opened, a snapshot restored) as one undoable step. */
    public void replace(Report report) {
        apply(null, r -> report);
        lastKey = null;
    }

    /** Starts over with another report and an empty history. */
    public void reset(Report report) {
        undo.clear();
        redo.clear();
        lastKey = null;
        set(Objects.requireNonNull(report));
    }

    /** Called with the new report after every change, on the thread that made the change. */
    public void addListener(Consumer<Report> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Report> listener) {
        listeners.remove(listener);
    }

    private void set(Report next) {
        current = next;
        for (Consumer<Report> l : listeners) {
            l.accept(next);
        }
    }
}
