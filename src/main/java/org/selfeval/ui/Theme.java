package org.selfeval.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * The window's look: AtlantaFX's Primer theme, light or dark, as the user-agent stylesheet, and the
 * program's own stylesheet (the style classes the forms use instead of inline styles) on every scene.
 */
public enum Theme {
    LIGHT, DARK;

    private static final String APP_CSS = Theme.class.getResource("/org/selfeval/ui/app.css").toExternalForm();
    private static volatile Theme current;

    /** Makes this the look of every window, open now or later. */
    public void use() {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        current = this;
    }

    /** The light look, unless a look was already chosen (windows built without the application, as in tests). */
    static void ensureChosen() {
        if (current == null) {
            LIGHT.use();
        }
    }

    /** The setting under which the clerk's choice is kept, beside the workspace. */
    static final String SETTING = "window.theme";

    /** The look the clerk chose last time, light if none. */
    static Theme saved(org.selfeval.store.UserSettings settings) {
        return settings.get(SETTING).filter("dark"::equals).map(v -> DARK).orElse(LIGHT);
    }

    /** Uses this look now and keeps it for the next start in the settings beside {@code workspace}. */
    void choose(java.nio.file.Path workspace) {
        use();
        String value = name().toLowerCase(java.util.Locale.ROOT);
        java.util.concurrent.CompletableFuture.runAsync(() -> { // read and written off the FX thread
            org.selfeval.store.UserSettings settings = org.selfeval.store.UserSettings.besideWorkspace(workspace);
            settings.put(SETTING, value);
            settings.save();
        });
    }

    static Theme current() {
        return current == null ? LIGHT : current;
    }

    /** Puts the program's stylesheet on every scene of every window. */
    static void onEveryWindow() {
        EveryWindow.apply(Theme::style);
    }

    private static void style(Window w) {
        addTo(w.getScene());
        w.sceneProperty().addListener((o, old, scene) -> addTo(scene));
    }

    static void addTo(Scene scene) {
        if (scene != null && !scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
    }
}
