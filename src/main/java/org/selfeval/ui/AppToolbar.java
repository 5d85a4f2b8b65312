package org.selfeval.ui;

import javafx.scene.control.Button;
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
        bar.getChildren().addAll(new Separator(Orientation.VERTICAL),
                button("toolbar-import", "mdi2f-file-import-outline", "menu.file.import", commands::importFile),
                button("toolbar-export", "mdi2f-file-export-outline", "menu.file.export", commands::export),
                button("toolbar-snapshot", "mdi2c-content-save-outline", "menu.edit.snapshot", commands::snapshot),
                undo, redo,
                new Separator(Orientation.VERTICAL),
                button("toolbar-review", "mdi2f-folder-search-outline", "menu.file.review", commands::reviewFolder),
                button("toolbar-help", "mdi2h-help-circle-outline", "menu.help.guide", commands::help));
    }

    private static Button button(String id, String icon, String key, Runnable action) {
        FontIcon glyph = new FontIcon(icon);
        glyph.setIconSize(18);
        Button b = new Button(Messages.get(key).replace("…", ""), glyph);
        b.setId(id);
        b.setTooltip(new Tooltip(Messages.get(key)));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
