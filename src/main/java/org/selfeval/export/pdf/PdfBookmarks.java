package org.selfeval.export.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.navigation.PdfDestination;

/** PDF bookmarks mirroring the heading levels, so a viewer's outline pane works like Word's navigation pane. */
final class PdfBookmarks {
    private final PdfOutline[] parents = new PdfOutline[5];
    private int count;

    PdfBookmarks(PdfDocument pdf) {
        parents[0] = pdf.getOutlines(false);
        pdf.getCatalog().setPageMode(PdfName.UseOutlines);
    }

    /** Adds a bookmark under the nearest higher level and returns the name of its destination. */
    String add(int level, String title) {
        String name = "h" + (++count);
        PdfOutline parent = null;
        for (int l = level - 1; l >= 0 && parent == null; l--) {
            parent = parents[l];
        }
        PdfOutline outline = parent.addOutline(title);
        outline.addDestination(PdfDestination.makeDestination(new PdfString(name)));
        parents[level] = outline;
        for (int l = level + 1; l < parents.length; l++) {
            parents[l] = null;
        }
        return name;
    }
}
