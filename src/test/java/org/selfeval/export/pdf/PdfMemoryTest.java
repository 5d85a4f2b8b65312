package org.selfeval.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.bench.LiveRefreshTiming;
import org.selfeval.exchange.ReportJson;

/**
 * A long report is written page by page: 200 projects × 30 indicators (over 600 pages) export from
 * the command line in a Java heap of 160 MB, which held about a quarter of it when every page was
 * kept to the end for numbering. Run in a separate JVM so that the heap limit is real.
 */
class PdfMemoryTest {
    @Test
    void twoHundredProjectsExportInASmallHeap(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("large.json");
        ReportJson.write(LiveRefreshTiming.large(ReportJson.read(Path.of("sample-data/leshan-2023.json")), 200, 30), input);
        Path pdf = dir.resolve("large.pdf");
        Path log = dir.resolve("log.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx160m",
                "-cp", System.getProperty("java.class.path"), "org.selfeval.Launcher", "export", "-i", input.toString(),
                "--pdf=" + pdf).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("export finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();
        try (PdfDocument read = new PdfDocument(new PdfReader(pdf.toFile()))) {
            int pages = read.getNumberOfPages();
            assertThat(pages).isGreaterThan(600);
            // numbered and continued to the last page, though the pages before it were let go early
            String last = PdfTextExtractor.getTextFromPage(read.getPage(pages));
            assertThat(last).contains(PdfPageNumbers.label(pages))
                    .contains(PdfProjectForms.CONTINUED);
        }
        assertThat(dir.toFile().listFiles(File::isHidden)).as("no temporary file left").isEmpty();
    }
}
