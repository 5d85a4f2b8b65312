package org.selfeval.ui;

import java.util.concurrent.atomic.AtomicInteger;
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
    private static final AtomicInteger SCENES = new AtomicInteger();

    private StartupTiming() {
    }

    public static void installIfRequested() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Thread t = new Thread(StartupTiming::waitForToolkit, "startup-timing");
        t.setDaemon(true);
        t.start();
    }

    private static void waitForToolkit() {
        while (true) {
            try {
                Platform.runLater(StartupTiming::watchWindows);
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

    private static void watchWindows() {
        Window.getWindows().forEach(StartupTiming::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(StartupTiming::watch);
            }
        });
    }

    private static void watch(Window window) {
        if (window.getScene() != null) {
            onNextPulse(window.getScene());
        }
        window.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                onNextPulse(scene);
            }
        });
    }

    private static void onNextPulse(Scene scene) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                long now = System.currentTimeMillis();
                int n = SCENES.incrementAndGet();
                System.err.println(n == 1
                        ? "selfeval-startup: first-frame-epoch-ms=" + now + " scene=1"
                        : "selfeval-startup: scene-frame-epoch-ms=" + now + " scene=" + n);
                Runnable self = this;
                Platform.runLater(() -> scene.removePostLayoutPulseListener(self));
            }
        };
        scene.addPostLayoutPulseListener(once);
    }
}
