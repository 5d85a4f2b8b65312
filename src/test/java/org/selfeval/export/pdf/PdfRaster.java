package org.selfeval.export.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF rendered by PDFBox (an independent renderer) for measuring what prints:
 * where the ink of a dash line actually is.
 */
final class PdfRaster implements AutoCloseable {
    /** Pixels per PDF point. */
    static final float SCALE = 4;
    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfRaster(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    static PdfRaster open(Path pdf) throws IOException {
        return new PdfRaster(Loader.loadPDF(pdf.toFile()));
    }

    BufferedImage page(int page) throws IOException {
        return renderer.renderImage(page - 1, SCALE, ImageType.GRAY);
    }

    /**
     * The height (PDF points from the page's foot) of the middle of the horizontal strokes at least
     * {@code minLength} points long inside the band [from, to] of heights; empty if there is none.
     */
    static OptionalDouble horizontalStroke(BufferedImage image, float from, float to, float minLength) {
        List<Integer> rows = new ArrayList<>();
        for (int row = toPixel(image.getHeight(), to); row <= toPixel(image.getHeight(), from); row++) {
            if (row >= 0 && row < image.getHeight() && longestRun(image, row, true) >= minLength * SCALE) {
                rows.add(row);
            }
        }
        return rows.stream().mapToInt(Integer::intValue).average().stream()
                .map(r -> (image.getHeight() - r - 0.5) / SCALE).findFirst();
    }

    /** The x (PDF points) of the middle of the vertical strokes at least minLength long in the band [from, to] of x. */
    static OptionalDouble verticalStroke(BufferedImage image, float from, float to, float minLength) {
        List<Integer> columns = new ArrayList<>();
        for (int column = Math.round(from * SCALE); column <= Math.round(to * SCALE); column++) {
            if (column >= 0 && column < image.getWidth() && longestRun(image, column, false) >= minLength * SCALE) {
                columns.add(column);
            }
        }
        return columns.stream().mapToInt(Integer::intValue).average().stream().map(c -> (c + 0.5) / SCALE).findFirst();
    }

    private static int toPixel(int height, float points) {
        return Math.round(height - points * SCALE);
    }

    private static int longestRun(BufferedImage image, int line, boolean horizontal) {
        int longest = 0;
        int run = 0;
        int length = horizontal ? image.getWidth() : image.getHeight();
        for (int i = 0; i < length; i++) {
            int gray = (horizontal ? image.getRGB(i, line) : image.getRGB(line, i)) & 0xff;
            run = gray < 128 ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
