package org.selfeval.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;

/**
 * Runs a pure computation of the report (audit, chart data) on one background thread; when edits
 * come faster than it runs, only the newest input is computed and only its result is delivered,
 * on the FX thread.
 */
public final class LatestWins<I, O> implements AutoCloseable {
    private final Function<I, O> compute;
    private final Consumer<O> deliver;
    private final Consumer<RuntimeException> onError;
    private final AtomicLong generation = new AtomicLong();
    private final ExecutorService executor;

    public LatestWins(String name, Function<I, O> compute, Consumer<O> deliver, Consumer<RuntimeException> onError) {
        this.compute = compute;
        this.deliver = deliver;
        this.onError = onError;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    public void submit(I input) {
        long mine = generation.incrementAndGet();
        executor.execute(() -> {
            if (generation.get() != mine) {
                return;
            }
            try {
                O result = compute.apply(input);
                Platform.runLater(() -> {
                    if (generation.get() == mine) {
                        deliver.accept(result);
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
