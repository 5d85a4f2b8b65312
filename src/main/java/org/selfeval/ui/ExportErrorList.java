package org.selfeval.ui;

import org.selfeval.ui.controls.Look;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.selfeval.audit.Finding;
import org.selfeval.audit.Severity;
import org.selfeval.ui.controls.Messages;

/** The 错误 still open, listed in the export dialog (they do not block the export). */
final class ExportErrorList {
    private ExportErrorList() {
    }

    static VBox of(List<Finding> findings) {
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        Label label = new Label(errors.isEmpty() ? Messages.get("exportDialog.noErrors")
                : Messages.format("exportDialog.errors", errors.size()));
        label.setId("export-errors-label");
        VBox box = new VBox(4, label);
        if (!errors.isEmpty()) {
            VBox lines = new VBox(4);
            lines.setId("export-errors");
            lines.setPadding(new Insets(4, 6, 4, 6));
            for (Finding f : errors) {
                Label line = new Label("〔" + f.ruleId() + "〕" + chapter(f.location().chapter()) + f.message());
                line.setWrapText(true);
                Look.as(line, "problem");
                lines.getChildren().add(line);
            }
            ScrollPane scroll = new ScrollPane(lines);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(Math.min(130, errors.size() * 42));
            box.getChildren().add(scroll);
        }
        return box;
    }

    private static String chapter(String chapter) {
        // {0} the chapter as the report numbers it (二), {1} as the navigation names it
        return chapter.isEmpty() ? "" : Messages.format(chapter.length() == 1 ? "exportDialog.errorChapter"
                : "exportDialog.errorChapterNamed", chapter, Messages.get("chapter." + chapter));
    }
}
