package org.selfeval.export.pdf;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;

/**
 * Page numbers "— N —" in 4号宋体 with the dash line 7 mm below the 版心: odd pages right with one
 * character's space, even pages left with one character's space (GB/T 9704 §7.5). A landscape 自评表
 * page is the portrait sheet turned (§8): the number stays where the sheet's number is, so it stands
 * on the table's left side, read with the sheet upright — at the table's lower left on odd pages,
 * its upper left on even pages.
 */
final class PdfPageNumbers {
    private static final char DASH = '\u2014';

    private PdfPageNumbers() {
    }

    static String label(int page) {
        return DASH + " " + page + " " + DASH;
    }

    static void stamp(PdfDocument pdf, PdfFont font) {
        float size = GbtLayout.PAGE_NUMBER_SIZE;
        float baseline = GbtLayout.BOTTOM - GbtLayout.PAGE_NUMBER_DROP - dashHeight(font, size);
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            PdfPage page = pdf.getPage(i);
            Rectangle box = page.getPageSize();
            String text = label(i);
            float width = font.getWidth(text, size);
            // on the upright sheet
            float x = i % 2 == 1 ? GbtLayout.LEFT + GbtLayout.BLOCK_WIDTH - size - width : GbtLayout.LEFT + size;
            PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
            canvas.beginText().setFontAndSize(font, size);
            if (box.getWidth() > box.getHeight()) {
                // the sheet's x runs down the landscape page, its y to the right
                canvas.setTextMatrix(0, -1, 1, 0, baseline, box.getHeight() - x);
            } else {
                canvas.moveText(x, baseline);
            }
            canvas.showText(text).endText().release();
        }
    }

    /** Height of the middle of the dash above the baseline, from the face's glyph (a third of the size if unknown). */
    static float dashHeight(PdfFont font, float size) {
        Glyph dash = font.getGlyph(DASH);
        int[] box = dash == null ? null : dash.getBbox();
        if (box == null || box[3] <= box[1]) {
            return size / 3;
        }
        return (box[1] + box[3]) / 2f * size / 1000f;
    }
}
