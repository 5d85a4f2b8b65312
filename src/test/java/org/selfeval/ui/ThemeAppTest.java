package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.store.UserSettings;
import org.testfx.util.WaitForAsyncUtils;

/** The window wears the AtlantaFX theme and the program's stylesheet; 视图 switches light and dark and keeps the choice. */
class ThemeAppTest {
    @TempDir
    Path dir;

    @AfterEach
    void lightAgain() throws Exception {
        WaitForAsyncUtils.asyncFx(Theme.LIGHT::use).get();
    }

    @Test
    void theWindowIsThemedAndTheDarkLookIsKeptForTheNextStart() throws Exception {
        RunningApp app = RunningApp.onSample(dir);
        app.launch();
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
        assertThat(app.stage().getScene().getStylesheets()).anyMatch(s -> s.endsWith("org/selfeval/ui/app.css"));
        assertThat(statusBar(app).getBrightness()).as("the status bar in the light look").isGreaterThan(0.8);
        // a line of the findings pane about an error takes the theme's danger colour from app.css
        Label counts = app.robot.lookup("#finding-counts").queryAs(Label.class);
        Color red = (Color) counts.getTextFill();
        assertThat(red.getRed()).as("the counts of a report with errors are red").isGreaterThan(red.getGreen() + 0.3);

        app.robot.clickOn("视图").clickOn("深色外观");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(statusBar(app).getBrightness()).as("the status bar in the dark look").isLessThan(0.3);
        Region root = (Region) app.stage().getScene().getRoot();
        assertThat(((Color) root.getBackground().getFills().get(0).getFill()).getBrightness())
                .as("the window's ground behind the forms in the dark look").isLessThan(0.3);
        Path workspace = dir.resolve("workspace.db");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> UserSettings.besideWorkspace(workspace).get(Theme.SETTING).isPresent());
        app.close();

        WaitForAsyncUtils.asyncFx(Theme.LIGHT::use).get();
        RunningApp again = RunningApp.onSample(dir);
        again.launch();
        assertThat(Application.getUserAgentStylesheet()).as("the next start").contains("primer-dark");
        assertThat(item(again, "menu-theme-dark")).matches(i -> ((RadioMenuItem) i).isSelected(), "selected");
        again.close();
    }

    private static Color statusBar(RunningApp app) {
        WaitForAsyncUtils.waitForFxEvents();
        Region bar = (Region) app.stage().getScene().getRoot().lookup(".status-bar");
        return (Color) bar.getBackground().getFills().get(0).getFill();
    }

    private static MenuItem item(RunningApp app, String id) {
        MenuBar bar = app.robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }
}
