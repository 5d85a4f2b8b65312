package org.selfeval.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.document.ReportDocumentBuilder;
import org.selfeval.export.SampleDocuments;
import org.selfeval.export.fonts.FontChoice;
import org.selfeval.export.fonts.FontLocator;
import org.selfeval.export.fonts.FontRole;
import org.selfeval.model.Report;

/**
 * The jar route: with no Chinese font on the machine, only the faces the jar carries, the title,
 * 一级标题, 二级标题 and body are printed in four different embedded subset faces (read back from the PDF).
 */
class PdfBundledFacesTest {
    /** A text chunk as printed: page, text, the font's base name, size. */
    record Chunk(int page, String text, String font, float size) {
    }

    @Test
    void withOnlyTheJarsFacesTitleHeadingsAndBodyPrintInDifferentEmbeddedFaces(@TempDir Path noFonts, @TempDir Path out)
            throws Exception {
        PdfExporter exporter = new PdfExporter(ReportDocumentBuilder::build, new FontLocator(null, List.of(noFonts), true));
        Map<FontRole, FontChoice> choices = exporter.fontChoices();
        assumeTrue(choices.values().stream().allMatch(FontChoice::isResource),
                "构建时未能随附字体（首次离线构建），跳过");
        assertThat(exporter.fontNotices()).anySatisfy(n -> assertThat(n).startsWith("正文应使用仿宋")
                .contains("思源宋体").contains("没有可随附的开源仿宋字体"));

        Report report = SampleDocuments.report();
        Path pdf = out.resolve("sample.pdf");
        exporter.export(report, pdf);
        List<Chunk> chunks = new ArrayList<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                int page = i;
                new PdfCanvasProcessor(new IEventListener() {
                    @Override
                    public void eventOccurred(IEventData data, EventType type) {
                        if (data instanceof TextRenderInfo info) {
                            PdfDictionary font = info.getFont().getPdfObject();
                            PdfDictionary descendant = font.getAsArray(PdfName.DescendantFonts).getAsDictionary(0);
                            PdfDictionary descriptor = descendant.getAsDictionary(PdfName.FontDescriptor);
                            assertThat(descriptor.get(PdfName.FontFile2)).as("embedded").isNotNull();
                            chunks.add(new Chunk(page, info.getText(), font.getAsName(PdfName.BaseFont).getValue(),
                                    info.getFontSize()));
                        }
                    }

                    @Override
                    public Set<EventType> getSupportedEvents() {
                        return Set.of(EventType.RENDER_TEXT);
                    }
                }).processPageContent(doc.getPage(i));
            }
        }
        String title = fontOf(chunks, c -> c.page() == 1 && report.title().startsWith(c.text().strip())
                && c.text().strip().length() >= 4);
        String heading1 = fontOf(chunks, c -> c.text().startsWith("一、"));
        String heading2 = fontOf(chunks, c -> c.text().startsWith("（一）"));
        String body = chunks.stream().filter(c -> c.page() == 2)
                .collect(Collectors.groupingBy(Chunk::font, Collectors.summingInt(c -> c.text().length())))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(List.of(title, heading1, heading2, body)).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).matches("[A-Z]{6}\\+.+"));
        assertThat(title).contains("NotoSerifSC-Bold");
        assertThat(heading1).contains("NotoSansSC");
        assertThat(heading2).contains("LXGWWenKai");
        assertThat(body).contains("NotoSerifSC-Regular");
    }

    private static String fontOf(List<Chunk> chunks, java.util.function.Predicate<Chunk> which) {
        return chunks.stream().filter(which).map(Chunk::font).findFirst()
                .orElseThrow(() -> new AssertionError("not printed: " + chunks.stream().limit(40)
                        .map(Chunk::text).collect(Collectors.joining("|"))));
    }

}
