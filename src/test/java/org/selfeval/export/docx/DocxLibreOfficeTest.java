package org.selfeval.export.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.document.Heading;
import org.selfeval.document.ReportDocument;
import org.selfeval.document.ReportDocumentBuilder;
import org.selfeval.exchange.ReportJson;
import org.selfeval.export.pdf.PdfReadBack;
import org.selfeval.model.Report;

/**
 * The sample's DOCX rendered by LibreOffice (to PDF) and measured there: 28 full-width characters on
 * a line, 22 lines at the fixed pitch, every heading level in the outline (run-in headings too), the
 * page numbers' dash line under the 版心. Skipped where soffice is not installed.
 */
class DocxLibreOfficeTest {
    private static final float MM = 72f / 25.4f;
    @TempDir
    static Path dir;
    static ReportDocument document;
    static Path pdf;

    @BeforeAll
    static void render() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeThat(Files.isExecutable(soffice)).as("LibreOffice (soffice) is not installed; skipping").isTrue();
        Report report = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        document = ReportDocumentBuilder.build(report);
        Path docx = dir.resolve("r.docx");
        new DocxExporter().export(report, docx);
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assumeThat(p.waitFor(240, TimeUnit.SECONDS)).as("soffice did not finish in time").isTrue();
        pdf = dir.resolve("r.pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();
    }

    @Test
    void bodyLinesHold28FullWidthCharactersOn22LinesAtTheFixedPitch() throws Exception {
        PdfReadBack read = PdfReadBack.of(pdf);
        int longest = 0;
        int fullest = 0;
        List<Float> pitches = new ArrayList<>();
        for (int page = 2; page <= read.pages(); page++) {
            if (read.landscape(page)) {
                continue;
            }
            TreeMap<Float, String> lines = read.lines(page, 16f);
            fullest = Math.max(fullest, lines.size());
            Float previous = null;
            for (Map.Entry<Float, String> line : lines.entrySet()) {
                String text = line.getValue();
                if (text.codePoints().allMatch(cp -> cp >= 0x2E80)) {
                    longest = Math.max(longest, text.codePointCount(0, text.length()));
                }
                if (previous != null) {
                    pitches.add(line.getKey() - previous);
                }
                previous = line.getKey();
            }
        }
        assertThat(longest).isEqualTo(28);
        assertThat(fullest).isEqualTo(22);
        // consecutive lines sit one grid line apart (or a whole number of lines, below a table or chart)
        float pitch = 225 * MM / 22;
        assertThat(pitches).isNotEmpty().allSatisfy(d -> assertThat(d / pitch - Math.round(d / pitch)).isCloseTo(0f, within(0.35f)));
        long single = pitches.stream().filter(d -> Math.abs(d - pitch) < 0.3f).count();
        assertThat(single).as("lines exactly one pitch apart").isGreaterThan(pitches.size() * 2 / 3);
    }

    @Test
    void everyHeadingLevelIsInTheOutlineRunInHeadingsToo() throws Exception {
        List<String> expected = new ArrayList<>();
        for (var b : document.blocks()) {
            if (b instanceof Heading h) {
                expected.add(h.level() + " " + h.text());
            } else if (b instanceof org.selfeval.document.Paragraph p && p.runIn() != null) {
                expected.add(p.runIn().level() + " " + p.runIn().text());
            }
        }
        List<String> outline = PdfReadBack.of(pdf).outline();
        assertThat(outline).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(outline.get(i)).as("outline entry %d", i).startsWith(expected.get(i));
        }
    }

    @Test
    void thePageNumbersDashLineIsAbout7mmBelowTheBlock() throws Exception {
        PdfReadBack read = PdfReadBack.of(pdf);
        float blockBottom = 35 * MM;
        for (int page = 1; page <= 3; page++) {
            double dash = read.dashLine(page, blockBottom);
            assertThat((blockBottom - dash) / MM).as("page %d, mm below the block", page).isCloseTo(7, within(0.5));
        }
    }
}
