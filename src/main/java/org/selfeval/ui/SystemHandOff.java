package org.selfeval.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.HostServices;
import javafx.application.Platform;
import org.selfeval.ui.controls.Messages;

/**
 * Hands a folder or a PDF to the operating system (file manager, printer) on a background thread; the
 * outcome comes back as a Chinese message on the FX thread.
 */
final class SystemHandOff {
    private final HostServices hostServices;

    SystemHandOff(HostServices hostServices) {
        this.hostServices = hostServices;
    }

    void openFolder(Path folder, Consumer<String> failure) {
        background("open-export-folder", () -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(folder.toFile());
                } else if (hostServices != null) {
                    hostServices.showDocument(folder.toUri().toString());
                } else {
                    throw new IOException(Messages.get("folder.unsupported"));
                }
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> failure.accept(Messages.format("exportDialog.openFailed", folder, AutoSaver.reason(e))));
            }
        });
    }

    void print(Path pdf, Consumer<String> outcome) {
        background("print-pdf", () -> {
            String message;
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.PRINT)) {
                    Desktop.getDesktop().print(pdf.toFile());
                    message = Messages.format("exportDialog.printSent", pdf.getFileName());
                } else {
                    message = Messages.format("exportDialog.printUnsupported", pdf.getFileName());
                }
            } catch (IOException | RuntimeException e) {
                message = Messages.format("exportDialog.printFailed", pdf.getFileName(), AutoSaver.reason(e));
            }
            String shown = message;
            Platform.runLater(() -> outcome.accept(shown));
        });
    }

    private static void background(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
    }
}
