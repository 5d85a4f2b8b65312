package org.selfeval.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.audit.Auditor;
import org.selfeval.document.AuditAppendix;
import org.selfeval.export.SampleDocuments;
import org.selfeval.export.fonts.FontLocator;
import org.selfeval.model.FindingNote;
import org.selfeval.model.Report;

/**
 * iText's "Element does not fit current area" means an element was forced onto a page it overflows
 * (the charts at the full 版心 width once did). The app keeps iText at ERROR in simplelogger.properties,
 * so this test turns the layout renderers' logger up to WARN (a more specific key wins in slf4j-simple)
 * and reads what is written to System.err while the sample, with its appendix, is exported.
 */
class PdfLayoutWarningsTest {
    private static final String KEY = "org.slf4j.simpleLogger.log.com.itextpdf.layout.renderer";

    @TempDir
    Path dir;

    @Test
    void theSampleExportsWithoutForcedPlacement() throws Exception {
        Report sample = SampleDocuments.report();
        String key = Auditor.standard().audit(sample).get(0).key();
        Report noted = sample.withFindingNotes(List.of(new FindingNote(key, "说明")));
        String before = System.getProperty(KEY);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setProperty(KEY, "warn");
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            new PdfExporter(AuditAppendix.layout(true), FontLocator.forThisMachine()).export(noted, dir.resolve("r.pdf"));
        } finally {
            System.setErr(err);
            if (before == null) {
                System.clearProperty(KEY);
            } else {
                System.setProperty(KEY, before);
            }
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("does not fit");
    }
}
