package org.selfeval.ui;

import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The program's icon on every window it opens (the main window, dialogs, alerts), set once at start. */
final class AppIcons {
    private static final List<Image> ICONS = List.of(16, 32, 48, 64, 128, 256).stream()
            .map(s -> new Image(AppIcons.class.getResourceAsStream("/org/selfeval/ui/icons/app-" + s + ".png"))).toList();

    private AppIcons() {
    }

    static void onEveryWindow() {
        EveryWindow.apply(AppIcons::apply);
    }

    private static void apply(Window w) {
        if (w instanceof Stage s && s.getIcons().isEmpty()) {
            s.getIcons().setAll(ICONS);
        }
    }
}
