package org.selfeval.export.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * "（续）项目名称" above the table on each further page of one project's 自评表. Each page that starts
 * while a form is being laid out, after the form's first page, is marked when it starts and lettered
 * when it is finished, so that finished pages can be written out at once.
 */
final class ContinuationLines extends AbstractPdfDocumentEventHandler {
    static final String CONTINUED = "（续）";
    static final float SIZE = 9f;
    private final PdfFont font;
    private final Map<PdfPage, String> marked = new HashMap<>();
    private String form;
    private boolean firstPageSeen;

    private ContinuationLines(PdfFont font) {
        this.font = font;
        addType(PdfDocumentEvent.START_PAGE);
        addType(PdfDocumentEvent.END_PAGE);
    }

    static ContinuationLines install(PdfDocument pdf, PdfFont font) {
        ContinuationLines lines = new ContinuationLines(font);
        pdf.addEventHandler(PdfDocumentEvent.START_PAGE, lines);
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, lines);
        return lines;
    }

    /** The form of this project is laid out next: the page that starts now is its first. */
    void begin(String projectName) {
        form = projectName;
        firstPageSeen = false;
    }

    @Override
    protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
        PdfPage page = ((PdfDocumentEvent) event).getPage();
        if (PdfDocumentEvent.START_PAGE.equals(event.getType())) {
            if (form != null && firstPageSeen) {
                marked.put(page, CONTINUED + form);
            }
            firstPageSeen = form != null;
        } else {
            String text = marked.remove(page);
            if (text != null) {
                letter(page, text);
            }
        }
    }

    private void letter(PdfPage page, String text) {
        PdfDocument pdf = page.getDocument();
        float baseline = page.getPageSize().getHeight() - GbtLayout.LANDSCAPE_TOP + SIZE * 0.6f;
        PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
        canvas.beginText().setFontAndSize(font, SIZE).moveText(GbtLayout.LANDSCAPE_LEFT, baseline)
                .showText(text).endText().release();
    }
}
