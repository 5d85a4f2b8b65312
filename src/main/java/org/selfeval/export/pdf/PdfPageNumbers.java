package org.selfeval.export.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;

/**
 * Page numbers "— N —" in 4号宋体, 7 mm below the 版心: odd pages right with one character's space,
 * even pages left with one character's space (GB/T 9704 §7.5). Landscape pages use their own 版心.
 */
final class PdfPageNumbers {
    private PdfPageNumbers() {
    }

    static String label(int page) {
        return "\u2014 " + page + " \u2014";
    }

    static void stamp(PdfDocument pdf, PdfFont font) {
        float size = GbtLayout.PAGE_NUMBER_SIZE;
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            PdfPage page = pdf.getPage(i);
            Rectangle box = page.getPageSize();
            boolean landscape = box.getWidth() > box.getHeight();
            float left = landscape ? GbtLayout.LANDSCAPE_LEFT : GbtLayout.LEFT;
            float right = box.getWidth() - (landscape ? GbtLayout.LANDSCAPE_RIGHT : GbtLayout.RIGHT);
            float blockBottom = landscape ? GbtLayout.LANDSCAPE_BOTTOM : GbtLayout.BOTTOM;
            String text = label(i);
            float width = font.getWidth(text, size);
            float x = i % 2 == 1 ? right - size - width : left + size;
            float ascent = font.getAscent(text, size);
            float baseline = blockBottom - GbtLayout.PAGE_NUMBER_DROP - ascent;
            PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
            canvas.beginText().setFontAndSize(font, size).moveText(x, baseline).showText(text).endText().release();
        }
    }
}
