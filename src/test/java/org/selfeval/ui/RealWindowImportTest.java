package org.selfeval.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15: the import preview under a real window manager, in a JVM of its own (a second start of the
 * window in one JVM is not what the clerk sees: openbox may then refuse to maximise it again after a
 * dialog). {@code .ci/run} runs it with the other real-window tests; under Monocle it skips.
 */
@RealWindow
class RealWindowImportTest {
    @TempDir
    Path dir;

    /** The import preview, opened as the clerk opens a file with the program (or drops it on the window). */
    @Test
    void anImportPreviewOfAFileFitsTheScreenWithNothingCut() throws Exception {
        RunningApp app = RunningApp.onSample(dir);
        app.launch("sample-data/leshan-2023-original.txt");
        Stage stage = app.stage();
        Rectangle2D screen = RealWindowSizesTest.screen();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w != stage && w instanceof Stage && w.isShowing() && w.getWidth() > 0));
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Window preview = Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage && w.isShowing())
                .findFirst().orElseThrow();
        Path pictures = RealWindowDialogsTest.pictures(screen);
        RealWindowDialogsTest.picture(screen, pictures.resolve("import-preview.png"));
        RealWindowSizesTest.assertFits(preview, screen, "import preview");
        RealWindowSizesTest.assertNothingCut(preview, "import preview", false);
        RealWindowDialogsTest.assertNoTextCut(preview, "import preview");
        app.robot.interact(preview::hide);
        app.close();
    }
}
