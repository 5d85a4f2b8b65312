package org.selfeval.ui.chapter;

import org.selfeval.ui.controls.Look;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.selfeval.ui.controls.Messages;

/** Stands in for a chapter whose form is not part of this build, and says so. */
public final class PlaceholderPane implements ChapterPane {
    private final String chapter;
    private final VBox root;

    public PlaceholderPane(String chapter) {
        this.chapter = chapter;
        Label title = new Label(Messages.get("chapter." + chapter));
        Look.as(title, "chapter-title");
        Label note = new Label(Messages.get("chapter.notAvailable"));
        note.setWrapText(true);
        root = new VBox(12, title, note);
        root.setPadding(new Insets(16));
        root.setId("chapter-placeholder");
    }

    @Override
    public String chapter() {
        return chapter;
    }

    @Override
    public Node node() {
        return root;
    }
}
