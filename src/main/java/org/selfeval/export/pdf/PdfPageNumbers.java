package org.selfeval.export.pdf;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;

/**
 * Page numbers "— N —" in 4号宋体 with the dash line 7 mm below the 版心: odd pages right with one
 * character's space, even pages left with one character's space (GB/T 9704 §7.5). A landscape 自评表
 * page is the portrait sheet turned (§8): the number stays where the sheet's number is, so it stands
 * on the table's left side, read with the sheet upright — at the table's lower left on odd pages,
 * its upper left on even pages.
 *
 * <p>Stamped as each page is finished, so that the pages before it can be written out and let go
 * (a 400-page report is not held in memory to the end).
 */
final class PdfPageNumbers extends AbstractPdfDocumentEventHandler {
    private static final char DASH = '\u2014';
    private final PdfFont font;

    private PdfPageNumbers(PdfFont font) {
        this.font = font;
        addType(PdfDocumentEvent.END_PAGE);
    }

    /** Numbers every page of the document as it is finished. */
    static void install(PdfDocument pdf, PdfFont font) {
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new PdfPageNumbers(font));
    }

    @Override
    protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
        PdfPage page = ((PdfDocumentEvent) event).getPage();
        PdfDocument pdf = page.getDocument();
        stamp(pdf, page, pdf.getPageNumber(page), font);
    }

    static String label(int page) {
        return DASH + " " + page + " " + DASH;
    }

    private static void stamp(PdfDocument pdf, PdfPage page, int number, PdfFont font) {
        float size = GbtLayout.PAGE_NUMBER_SIZE;
        float baseline = GbtLayout.BOTTOM - GbtLayout.PAGE_NUMBER_DROP - dashHeight(font, size);
        Rectangle box = page.getPageSize();
        String text = label(number);
        float width = font.getWidth(text, size);
        // on the upright sheet
        float x = number % 2 == 1 ? GbtLayout.LEFT + GbtLayout.BLOCK_WIDTH - size - width : GbtLayout.LEFT + size;
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
