package org.selfeval.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.itextpdf.io.font.FontProgram;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.selfeval.document.PlainText;
import org.selfeval.document.ReportDocument;
import org.selfeval.document.ReportDocumentBuilder;
import org.selfeval.export.ProjectFormGrid;
import org.selfeval.export.SampleDocuments;
import org.selfeval.export.fonts.FontChoice;
import org.selfeval.export.fonts.FontFiles;
import org.selfeval.export.fonts.FontLocator;
import org.selfeval.export.fonts.FontRole;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/** Every character the sample prints maps to a real glyph (not .notdef) in the face chosen for it. */
class GlyphCoverageTest {
    @Test
    void everyCharacterOfTheSampleHasAGlyphInEveryChosenFace() throws Exception {
        Map<FontRole, FontChoice> choices = FontLocator.forThisMachine().locate();
        assumeFalse(choices.values().stream().anyMatch(FontChoice::isBuiltIn),
                "本机没有可嵌入的中文字体（只有 STSong-Light），跳过字形检查");
        Report report = SampleDocuments.report();
        ReportDocument doc = ReportDocumentBuilder.build(report);
        StringBuilder all = new StringBuilder(PlainText.render(doc)).append(doc.title())
                .append(PdfPageNumbers.label(1234567890));
        for (Project p : report.projects()) {
            for (org.selfeval.profile.ProjectForm form : org.selfeval.profile.ProjectForm.values()) {
                ProjectFormGrid grid = ProjectFormGrid.of(p, form, report.year());
                grid.cells().forEach(c -> all.append(c.text()));
                grid.formNumber().ifPresent(all::append);
                grid.title().forEach(all::append);
                grid.signatureLine().ifPresent(all::append);
            }
            all.append(p.dataNote() == null ? "" : p.dataNote());
        }
        all.append(PlainText.render(SampleDocuments.document(report)));
        TreeSet<Integer> used = new TreeSet<>();
        all.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != '\u00a0').forEach(used::add);
        assertThat(used.size()).isGreaterThan(500);
        for (FontChoice c : choices.values()) {
            FontProgram program = FontFiles.load(c);
            StringBuilder missing = new StringBuilder();
            for (int cp : used) {
                if (!FontFiles.hasGlyph(program, cp)) {
                    missing.appendCodePoint(cp);
                }
            }
            assertThat(missing.toString()).as("%s (%s) lacks glyphs", c.role(), c.faceName()).isEmpty();
        }
    }
}
