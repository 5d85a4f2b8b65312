package org.selfeval.ui;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.geometry.Orientation;
import org.kordamp.ikonli.javafx.FontIcon;
import org.selfeval.edit.ReportEditor;
import org.selfeval.ui.controls.Messages;

/** The buttons of the commands a clerk uses most, beside the report picker: each the menu item's twin. */
final class AppToolbar {
    private AppToolbar() {
    }

    /** Adds the buttons to {@code bar} (which already holds the report picker). */
    static void addTo(HBox bar, ReportCommands commands, ReportEditor editor) {
        Button undo = button("toolbar-undo", "mdi2u-undo", "menu.edit.undo", editor::undo);
        Button redo = button("toolbar-redo", "mdi2r-redo", "menu.edit.redo", editor::redo);
        Runnable refresh = () -> {
            undo.setDisable(!editor.canUndo());
            redo.setDisable(!editor.canRedo());
        };
        editor.addListener(r -> refresh.run());
        refresh.run();
        Button importing = button("toolbar-import", "mdi2f-file-import-outline", "menu.file.import", commands::importFile);
        Button export = button("toolbar-export", "mdi2f-file-export-outline", "menu.file.export", commands::export);
        Button snapshot = button("toolbar-snapshot", "mdi2c-content-save-outline", "menu.edit.snapshot", commands::snapshot);
        Button review = button("toolbar-review", "mdi2f-folder-search-outline", "menu.file.review", commands::reviewFolder);
        Button help = button("toolbar-help", "mdi2h-help-circle-outline", "menu.help.guide", commands::help);
        bar.getChildren().addAll(new Separator(Orientation.VERTICAL), importing, export, snapshot, undo, redo,
                new Separator(Orientation.VERTICAL), review, help);
        iconsOnlyWhenNarrow(bar, List.of(importing, export, snapshot, undo, redo, review, help));
    }

    /**
     * Where the bar has no room for every button's words (the English labels at 1024 wide), the buttons
     * show their icons only, each still named by its tooltip, instead of words cut to "Im…".
     */
    static void iconsOnlyWhenNarrow(HBox bar, List<Button> buttons) {
        double[] withWords = {0};
        bar.widthProperty().addListener((o, was, width) -> {
            if (buttons.get(0).getContentDisplay() == ContentDisplay.LEFT) {
                // the room the words need, measured while they show (skins and CSS in place), kept while only
                // icons show: the buttons with their words, the rest (the report picker) at its narrowest
                withWords[0] = bar.getChildren().stream().mapToDouble(n -> n instanceof Button ? n.prefWidth(-1) : n.minWidth(-1)).sum()
                        + bar.getSpacing() * (bar.getChildren().size() - 1) + bar.getInsets().getLeft() + bar.getInsets().getRight();
            }
            ContentDisplay shown = width.doubleValue() < withWords[0] ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
            buttons.forEach(b -> b.setContentDisplay(shown));
        });
    }

    private static Button button(String id, String icon, String key, Runnable action) {
        FontIcon glyph = new FontIcon(icon);
        glyph.setIconSize(18);
        Button b = new Button(Messages.get(key).replace("…", ""), glyph);
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(key)));
        b.setFocusTraversable(false);
        b.setContentDisplay(ContentDisplay.LEFT);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
