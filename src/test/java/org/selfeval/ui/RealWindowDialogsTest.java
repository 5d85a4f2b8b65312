package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15: every dialog of the menus under a real window manager, in a JVM of its own (the window of
 * the other real-window tests is shared and left where they moved it): {@code .ci/run} runs it with
 * RealWindowSizesTest at each screen size; under Monocle it skips, saying so.
 */
@RealWindow
class RealWindowDialogsTest {
    @TempDir
    Path dir;

    /**
     * Every dialog a menu command opens (those that open the system's file chooser aside): it fits the
     * screen with nothing cut, and the main window is as it was once it is closed. A picture of each
     * is kept under target/real-window/ to be looked at.
     */
    @Test
    void theWindowsOfEveryMenuCommandFitTheScreenWithNothingCut() throws Exception {
        RunningApp app = RunningApp.onSample(dir);
        app.launch();
        Stage stage = app.stage();
        Rectangle2D screen = RealWindowSizesTest.screen();
        boolean maximised = stage.isMaximized();
        Path pictures = pictures(screen);
        List<String> misfits = new java.util.ArrayList<>();
        for (String id : List.of("menu-new", "menu-rename", "menu-delete", "menu-rollup", "menu-export", "menu-restore",
                "menu-snapshot", "menu-history", "menu-guide", "menu-about")) {
            Window dialog = RealWindowSizesTest.openFromMenu(app, id, stage);
            picture(screen, pictures.resolve(id + ".png"));
            try { // every dialog is looked at, then all that do not fit are told at once
                RealWindowSizesTest.assertFits(dialog, screen, id);
                RealWindowSizesTest.assertNothingCut(dialog, id, !"menu-guide".equals(id));
                assertNoTextCut(dialog, id);
            } catch (AssertionError e) {
                misfits.add(e.getMessage().strip());
            }
            app.robot.interact(dialog::hide);
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.sleep(1000, TimeUnit.MILLISECONDS);
        assertThat(misfits).as("dialogs that do not fit (pictures in %s)", pictures).isEmpty();
        RealWindowSizesTest.assertFits(stage, screen, "main window after the dialogs");
        assertThat(stage.isMaximized()).as("the main window is as it was after the dialogs").isEqualTo(maximised);
        assertThat(app.robot.lookup("#report-picker").queryAs(javafx.scene.control.ComboBox.class).getItems())
                .as("closing the dialogs created or deleted nothing").hasSize(1);
        app.close();
    }

    /** No label, button or list line of the window shows its text cut with "…". */
    static void assertNoTextCut(Window w, String what) {
        List<String> cut = new java.util.ArrayList<>();
        WaitForAsyncUtils.waitForFxEvents();
        for (javafx.scene.Node n : w.getScene().getRoot().lookupAll(".text")) {
            // (a table's or list's cells aside: a long value there shows whole in its tooltip or row)
            if (n instanceof javafx.scene.text.Text shown && shown.getParent() instanceof javafx.scene.control.Labeled l
                    && !(l instanceof javafx.scene.control.IndexedCell)
                    && l.getText() != null && !l.getText().isEmpty() && l.isVisible() && !shown.getText().equals(l.getText())
                    && shown.getText().contains("…")) {
                cut.add(l.getText());
            }
        }
        assertThat(cut).as(what + ": texts cut with …").isEmpty();
    }

    /** The folder of the pictures taken on this screen size, target/real-window/WIDTHxHEIGHT. */
    static Path pictures(Rectangle2D screen) throws java.io.IOException {
        return java.nio.file.Files.createDirectories(
                Path.of("target/real-window", (int) screen.getWidth() + "x" + (int) screen.getHeight()));
    }

    static void picture(Rectangle2D screen, Path file) throws Exception {
        javafx.scene.image.WritableImage shot = WaitForAsyncUtils.asyncFx(
                () -> new javafx.scene.robot.Robot().getScreenCapture(null, Screen.getPrimary().getBounds())).get(10, TimeUnit.SECONDS);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot, null), "png", file.toFile());
    }
}
