package org.selfeval.ui;

import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.selfeval.ui.controls.Messages;

/** 视图 → 浅色 / 深色: the window's look, kept for the next start beside the workspace. */
final class ThemeMenu {
    private ThemeMenu() {
    }

    static Menu build(Path workspace) {
        ToggleGroup group = new ToggleGroup();
        Menu view = new Menu(Messages.get("menu.view"));
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(switch (t) {
                case LIGHT -> Messages.get("menu.view.light");
                case DARK -> Messages.get("menu.view.dark");
            });
            item.setId("menu-theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(t == Theme.current());
            item.setOnAction(e -> t.choose(workspace));
            view.getItems().add(item);
        }
        return view;
    }
}
