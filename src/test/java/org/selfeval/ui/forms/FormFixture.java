package org.selfeval.ui.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.selfeval.edit.ReportEditor;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;
import org.selfeval.ui.controls.Messages;

/** The seed report in an editor, the shell's bundle, and PNG snapshots for looking at a pane. */
public final class FormFixture {
    public static final Path SAMPLE = Path.of("sample-data", "leshan-2023.json");

    private FormFixture() {
    }

    public static Report sample() {
        try {
            return ReportJson.read(SAMPLE);
        } catch (Exception e) {
            throw new IllegalStateException("sample report unreadable", e);
        }
    }

    /**
     * An editor whose clock stands still, so that typing in one field is one undo step however slow
     * the machine is (the editor coalesces same-field edits within one second).
     */
    public static ReportEditor editor() {
        return editor(sample());
    }

    public static ReportEditor editor(Report report) {
        return new ReportEditor(report, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    public static ResourceBundle bundle() {
        return Messages.bundle();
    }

    /** Runs on the FX thread and waits. */
    public static void fx(Runnable r) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        try {
            done.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a snapshot of the node to target/snapshots/{name}.png (on the FX thread). */
    public static Path snapshot(Node node, String name) {
        Path out = Path.of("target", "snapshots", name + ".png");
        fx(() -> {
            WritableImage image = node.snapshot(null, null);
            try {
                Files.createDirectories(out.getParent());
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return out;
    }
}
