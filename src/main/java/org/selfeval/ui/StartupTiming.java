package org.selfeval.ui;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Start-up timing for installer/measure-startup.sh. With {@code -Dselfeval.startupTiming=true} it
 * prints one line to standard error when each scene of a window is laid out for its first frame:
 * {@code selfeval-startup: first-frame-epoch-ms=T scene=1} for the first (the loading screen) and
 * {@code selfeval-startup: scene-frame-epoch-ms=T scene=N} for later ones (the main window once the
 * workspace is read). T is {@link System#currentTimeMillis()}, so a script that notes when it
 * started the launcher gets the time from JVM start. Without the property nothing is installed.
 */
public final class StartupTiming {
    public static final String PROPERTY = "selfeval.startupTiming";
    private final AtomicInteger scenes = new AtomicInteger();
    private final Consumer<String> sink;

    private StartupTiming(Consumer<String> sink) {
        this.sink = sink;
    }

    /** Called before the window starts; does nothing unless the system property is true. */
    public static void installIfRequested() {
        if (Boolean.getBoolean(PROPERTY)) {
            install(System.err::println);
        }
    }

    /** Watches every window from now on (also before the toolkit is up) and reports to the sink. */
    static void install(Consumer<String> sink) {
        StartupTiming timing = new StartupTiming(sink);
        Thread t = new Thread(timing::waitForToolkit, "startup-timing");
        t.setDaemon(true);
        t.start();
    }

    private void waitForToolkit() {
        while (true) {
            try {
                Platform.runLater(this::watchWindows);
                return;
            } catch (IllegalStateException toolkitNotStartedYet) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void watchWindows() {
        Window.getWindows().forEach(this::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::watch);
            }
        });
    }

    private void watch(Window window) {
        if (window.getScene() != null) {
            onNextPulse(window.getScene());
        }
        window.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                onNextPulse(scene);
            }
        });
    }

    private void onNextPulse(Scene scene) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                long now = System.currentTimeMillis();
                int n = scenes.incrementAndGet();
                sink.accept(n == 1
                        ? "selfeval-startup: first-frame-epoch-ms=" + now + " scene=1"
                        : "selfeval-startup: scene-frame-epoch-ms=" + now + " scene=" + n);
                Runnable self = this;
                Platform.runLater(() -> scene.removePostLayoutPulseListener(self));
            }
        };
        scene.addPostLayoutPulseListener(once);
    }
}
