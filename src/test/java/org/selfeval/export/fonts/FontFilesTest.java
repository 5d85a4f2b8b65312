package org.selfeval.export.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.io.font.FontProgram;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A face the jar carries is read once per process, also when two threads ask for it at once (the
 * command line prepares an export's fonts on a second thread while it reads the report, and the export
 * then asks for the same faces: a second reading of the 15 MB face would cost more than it saved).
 */
class FontFilesTest {
    @Test
    void threadsAskingAtOnceShareOneReading() throws Exception {
        String face = BundledFonts.FOLDER + "LXGWWenKai-Regular.ttf";
        int threads = 4;
        CountDownLatch ready = new CountDownLatch(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<FontProgram>> got = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                got.add(pool.submit((Callable<FontProgram>) () -> {
                    ready.countDown();
                    ready.await();
                    return FontFiles.loadResource(face);
                }));
            }
            FontProgram first = got.get(0).get();
            for (Future<FontProgram> f : got) {
                assertThat(f.get()).isSameAs(first);
            }
            assertThat(FontFiles.loadResource(face)).isSameAs(first);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMissingFaceIsToldInChineseAndNotRemembered() {
        assertThatThrownBy(() -> FontFiles.loadResource(BundledFonts.FOLDER + "没有这个字体.ttf"))
                .isInstanceOf(IOException.class).hasMessageContaining("程序中缺少字体");
        assertThatThrownBy(() -> FontFiles.loadResource(BundledFonts.FOLDER + "没有这个字体.ttf"))
                .isInstanceOf(IOException.class);
    }
}
