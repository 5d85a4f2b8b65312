package org.selfeval.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.selfeval.edit.ReportEditor;
import org.selfeval.ui.controls.Messages;

/** 文件 / 编辑 / 视图 / 帮助. Undo and redo also work from a text field (see the scene's key filter). */
final class AppMenuBar extends MenuBar {
    private final ReportEditor editor;
    private final MenuItem undo;
    private final MenuItem redo;

    AppMenuBar(ReportCommands commands, ReportEditor editor, Menu view) {
        this.editor = editor;
        Menu file = new Menu(Messages.get("menu.file"));
        file.getItems().addAll(
                item("menu-new", "menu.file.new", null, commands::newReport),
                item("menu-next-year", "menu.file.nextYear", null, commands::nextYearReport),
                item("menu-rename", "menu.file.rename", null, commands::renameReport),
                item("menu-delete", "menu.file.delete", null, commands::deleteReport),
                new SeparatorMenuItem(),
                item("menu-import", "menu.file.import", "Shortcut+I", commands::importFile),
                item("menu-review", "menu.file.review", null, commands::reviewFolder),
                item("menu-rollup", "menu.file.rollup", null, commands::rollUp),
                item("menu-export", "menu.file.export", "Shortcut+E", commands::export),
                item("menu-open-folder", "menu.file.openFolder", null, commands::openWorkspaceFolder),
                item("menu-restore", "menu.file.restore", null, commands::restoreFromBackup),
                new SeparatorMenuItem(),
                item("menu-quit", "menu.file.quit", "Shortcut+Q", commands::quit));
        undo = item("menu-undo", "menu.edit.undo", "Shortcut+Z", editor::undo);
        redo = item("menu-redo", "menu.edit.redo", "Shortcut+Y", editor::redo);
        Menu edit = new Menu(Messages.get("menu.edit"));
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("menu-snapshot", "menu.edit.snapshot", "Shortcut+S", commands::snapshot),
                item("menu-history", "menu.edit.history", null, commands::history),
                new SeparatorMenuItem(),
                item("menu-punctuation", "menu.edit.punctuation", null,
                        () -> editor.apply(null, org.selfeval.edit.PunctuationFix::all)));
        Menu help = new Menu(Messages.get("menu.help"));
        help.getItems().addAll(item("menu-guide", "menu.help.guide", "F1", commands::help),
                item("menu-about", "menu.help.about", null, commands::about));
        getMenus().addAll(file, edit, view, help);
        setId("menu-bar");
        refresh();
    }

    private static MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Enables undo / redo as the history allows. */
    void refresh() {
        undo.setDisable(!editor.canUndo());
        redo.setDisable(!editor.canRedo());
    }
}
