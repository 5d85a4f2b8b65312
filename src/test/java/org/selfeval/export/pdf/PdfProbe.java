package org.selfeval.export.pdf;

import com.itextpdf.kernel.geom.Vector;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads a PDF back character by character, with positions, for layout assertions. */
final class PdfProbe {
    /** One printed character: page, text, baseline start x/y, right end x, top (ascent) y, font size. */
    record Glyph(int page, String text, float x, float y, float right, float top, float size) {
    }

    final List<Glyph> glyphs = new ArrayList<>();
    final List<float[]> pageSizes = new ArrayList<>();

    /**
     * The report exported with this machine's faces into {@code pdf} and read back; skipped where only
     * the built-in STSong-Light could be had (its layout says nothing of the real faces').
     */
    static PdfProbe exportWithRealFaces(org.selfeval.model.Report report, Path pdf) throws IOException {
        PdfExporter exporter = new PdfExporter(org.selfeval.document.ReportDocumentBuilder::build,
                org.selfeval.export.fonts.FontLocator.forThisMachine());
        org.junit.jupiter.api.Assumptions.assumeFalse(exporter.fontChoices().values().stream()
                .anyMatch(org.selfeval.export.fonts.FontChoice::isBuiltIn), "本机没有可嵌入的中文字体（只有 STSong-Light），跳过版面检查");
        exporter.export(report, pdf);
        return read(pdf);
    }

    static PdfProbe read(Path file) throws IOException {
        PdfProbe probe = new PdfProbe();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                final int page = i;
                var box = pdf.getPage(i).getPageSize();
                probe.pageSizes.add(new float[] {box.getWidth(), box.getHeight()});
                IEventListener listener = new IEventListener() {
                    @Override
                    public void eventOccurred(IEventData data, EventType type) {
                        if (data instanceof TextRenderInfo info) {
                            for (TextRenderInfo c : info.getCharacterRenderInfos()) {
                                Vector start = c.getBaseline().getStartPoint();
                                Vector end = c.getBaseline().getEndPoint();
                                float top = c.getAscentLine().getStartPoint().get(1);
                                probe.glyphs.add(new Glyph(page, c.getText(), start.get(0), start.get(1), end.get(0), top,
                                        c.getFontSize()));
                            }
                        }
                    }

                    @Override
                    public Set<EventType> getSupportedEvents() {
                        return Set.of(EventType.RENDER_TEXT);
                    }
                };
                new PdfCanvasProcessor(listener).processPageContent(pdf.getPage(i));
            }
        }
        return probe;
    }

    List<Glyph> onPage(int page, float size) {
        return glyphs.stream().filter(g -> g.page() == page && Math.abs(g.size() - size) < 0.1f).toList();
    }

    /** Lines of one page in one size: baseline (rounded) → the line's text, top to bottom. */
    Map<Integer, String> lines(int page, float size) {
        return onPage(page, size).stream().collect(Collectors.groupingBy(g -> Math.round(-g.y()), TreeMap::new,
                Collectors.collectingAndThen(Collectors.toList(), l -> l.stream()
                        .sorted((a, b) -> Float.compare(a.x(), b.x())).map(Glyph::text).collect(Collectors.joining()))));
    }

    int pages() {
        return pageSizes.size();
    }

    boolean landscape(int page) {
        float[] s = pageSizes.get(page - 1);
        return s[0] > s[1];
    }
}
