package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.ui.controls.RepaintWhatChanged;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every chapter's page repaints only what changed while the clerk types: its scroll pane does not
 * keep the visible form as one cached bitmap (rebuilt whole for every keystroke in software rendering).
 */
class RepaintWhatChangedAppTest {
    @TempDir
    Path dir;

    @Test
    void noChapterPageCachesItsWholeViewport() throws Exception {
        RunningApp app = RunningApp.onSample(dir);
        app.launch();
        ListView<?> navigator = app.robot.lookup("#chapter-navigator").queryAs(ListView.class);
        String[] pages = {"#chapter-basics", "#chapter-finances", "#chapter-performance", "#chapter-conclusion", "#chapter-projects"};
        for (int i = 0; i < pages.length; i++) {
            int index = i;
            app.robot.interact(() -> navigator.getSelectionModel().select(index));
            String id = pages[i];
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.robot.lookup(id).tryQuery()
                    .map(n -> ((ScrollPane) n).getSkin() != null).orElse(false));
            ScrollPane page = app.robot.lookup(id).queryAs(ScrollPane.class);
            assertThat(page.lookup(".viewport")).as(id).isNotNull();
            assertThat(RepaintWhatChanged.cached(page)).as(id + " caches its viewport").isFalse();
        }
        app.close();
    }
}
