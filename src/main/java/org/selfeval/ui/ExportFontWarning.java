package org.selfeval.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import org.selfeval.ui.controls.Look;
import org.selfeval.ui.controls.Messages;

/**
 * The export dialog's warning, before exporting, that the PDF would print in substitute faces: the
 * faces are looked up on a background thread (it reads the font folders), and the warning shows while
 * the PDF is ticked and there is something to say.
 */
final class ExportFontWarning {
    private final Label label = new Label();
    private final ObservableBooleanValue pdfChosen;
    private final Runnable onResize;

    /**
     * @param fontNotices the PDF's notices for the faces it substitutes (called off the FX thread)
     * @param pdfChosen   whether the PDF is ticked
     * @param onResize    called on the FX thread when the warning appears or goes
     */
    ExportFontWarning(Supplier<List<String>> fontNotices, ObservableBooleanValue pdfChosen, Runnable onResize) {
        this.pdfChosen = pdfChosen;
        this.onResize = onResize;
        label.setId("export-font-warning");
        label.setWrapText(true);
        Look.as(label, "caution");
        label.setManaged(false);
        label.setVisible(false);
        Thread thread = new Thread(() -> {
            List<String> found;
            try {
                found = fontNotices.get();
            } catch (RuntimeException e) {
                found = List.of();
            }
            List<String> shown = found;
            Platform.runLater(() -> show(shown));
        }, "export-fonts");
        thread.setDaemon(true);
        thread.start();
    }

    Label node() {
        return label;
    }

    private void show(List<String> found) {
        label.setText(found.isEmpty() ? "" : Messages.get("exportDialog.fontsBefore") + "\n" + String.join("\n", found));
        Runnable update = () -> {
            boolean show = !found.isEmpty() && pdfChosen.get();
            label.setVisible(show);
            label.setManaged(show);
            onResize.run();
        };
        pdfChosen.addListener((o, a, b) -> update.run());
        update.run();
    }
}
