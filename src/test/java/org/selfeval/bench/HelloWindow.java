package org.selfeval.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline of the start-up figure: a bare JavaFX window with one label. Prints
 * {@code hello-first-frame-epoch-ms=T} at its first frame and exits. Run by src/test/bench/run.sh with
 * JavaFX on the module path, as JavaFX's own samples run.
 */
public final class HelloWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("你好"), 400, 200));
        stage.show();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) { // the first frame has been drawn when the second pulse comes
                    System.err.println("hello-first-frame-epoch-ms=" + System.currentTimeMillis());
                    stop();
                    Platform.exit();
                }
            }
        }.start();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
