package org.selfeval.export.pdf;

import com.itextpdf.kernel.geom.Matrix;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutline;
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
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * A PDF written by anyone (LibreOffice too) read back for layout checks, for tests outside this
 * package: characters with their size as printed (font size × text and graphics matrices), lines,
 * the outline, and the rendered dash line of a page number.
 */
public final class PdfReadBack {
    private record Glyph(int page, String text, float x, float y, float size) {
    }

    private final Path file;
    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<float[]> sizes = new ArrayList<>();
    private final List<String> outline = new ArrayList<>();

    private PdfReadBack(Path file) {
        this.file = file;
    }

    public static PdfReadBack of(Path file) throws IOException {
        PdfReadBack read = new PdfReadBack(file);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                final int page = i;
                var box = pdf.getPage(i).getPageSize();
                read.sizes.add(new float[] {box.getWidth(), box.getHeight()});
                IEventListener listener = new IEventListener() {
                    @Override
                    public void eventOccurred(IEventData data, EventType type) {
                        if (data instanceof TextRenderInfo info) {
                            Matrix m = info.getTextMatrix().multiply(info.getGraphicsState().getCtm());
                            float size = info.getFontSize() * (float) Math.hypot(m.get(Matrix.I21), m.get(Matrix.I22));
                            for (TextRenderInfo c : info.getCharacterRenderInfos()) {
                                var start = c.getBaseline().getStartPoint();
                                if (!c.getText().isBlank()) {
                                    read.glyphs.add(new Glyph(page, c.getText(), start.get(0), start.get(1), size));
                                }
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
            walk(pdf.getOutlines(false), 0, read.outline);
        }
        return read;
    }

    private static void walk(PdfOutline outline, int level, List<String> out) {
        for (PdfOutline child : outline.getAllChildren()) {
            out.add((level + 1) + " " + child.getTitle());
            walk(child, level + 1, out);
        }
    }

    public int pages() {
        return sizes.size();
    }

    public boolean landscape(int page) {
        return sizes.get(page - 1)[0] > sizes.get(page - 1)[1];
    }

    /** The lines of one page in one printed size (±0.3 pt): baseline height → text, bottom to top. */
    public TreeMap<Float, String> lines(int page, float size) {
        TreeMap<Float, StringBuilder> byLine = new TreeMap<>();
        glyphs.stream().filter(g -> g.page() == page && Math.abs(g.size() - size) < 0.3f)
                .sorted((a, b) -> Float.compare(a.x(), b.x()))
                .forEach(g -> byLine.computeIfAbsent(Math.round(g.y() * 10) / 10f, k -> new StringBuilder()).append(g.text()));
        TreeMap<Float, String> out = new TreeMap<>();
        byLine.forEach((y, text) -> out.put(y, text.toString()));
        return out;
    }

    /** Outline entries as "level title", in order. */
    public List<String> outline() {
        return outline;
    }

    /** The height of the page number's dash line below {@code below}, found in the pixels PDFBox renders. */
    public double dashLine(int page, float below) throws IOException {
        try (PdfRaster raster = PdfRaster.open(file)) {
            OptionalDouble y = PdfRaster.horizontalStroke(raster.page(page), 0, below - 1, 0.8f * GbtLayout.PAGE_NUMBER_SIZE);
            return y.orElseThrow(() -> new AssertionError("no dash line under the block on page " + page));
        }
    }
}
