package org.selfeval.export.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.IRenderer;


/**
 * Whether a 自评表's 绩效指标 block (the indicator table, its closing rows and the signature line)
 * should start on a fresh page: when, laid out where it stands, it would run over onto a page that it
 * barely fills — the repeated headings, a row or two and the signature — while it would fit whole on
 * a page of its own. A block longer than a page splits as it must.
 */
final class SparseContinuation {
    /** A page filled less than this (of the 版心's height) by the overflow counts as nearly empty. */
    static final float SPARSE = 0.25f;

    private SparseContinuation() {
    }

    /**
     * @param leastHeight a lower bound of the block's height (its rows at their least height): a block
     *                    that cannot fit on one page is not laid out in trial at all
     */
    static boolean startsOnFreshPage(Document document, float leastHeight, IBlockElement... block) {
        LayoutArea current = document.getRenderer().getCurrentArea();
        Rectangle page = document.getPdfDocument().getDefaultPageSize();
        Rectangle fresh = new Rectangle(document.getLeftMargin(), document.getBottomMargin(),
                page.getWidth() - document.getLeftMargin() - document.getRightMargin(),
                page.getHeight() - document.getTopMargin() - document.getBottomMargin());
        if (current == null || leastHeight > fresh.getHeight()) {
            return false;
        }
        LayoutResult here = layout(trial(document, block), current.getPageNumber(), current.getBBox().clone());
        if (here.getStatus() != LayoutResult.PARTIAL) {
            return false; // it fits, or iText moves it whole to the next page by itself
        }
        LayoutResult over = layout(here.getOverflowRenderer(), current.getPageNumber() + 1, fresh.clone());
        return over.getStatus() == LayoutResult.FULL
                && over.getOccupiedArea().getBBox().getHeight() < SPARSE * fresh.getHeight()
                && layout(trial(document, block), current.getPageNumber() + 1, fresh.clone()).getStatus() == LayoutResult.FULL;
    }

    private static IRenderer trial(Document document, IBlockElement... block) {
        Div div = new Div();
        for (IBlockElement element : block) {
            div.add(element);
        }
        return div.createRendererSubTree().setParent(document.getRenderer());
    }

    private static LayoutResult layout(IRenderer renderer, int pageNumber, Rectangle box) {
        return renderer.layout(new LayoutContext(new LayoutArea(pageNumber, box)));
    }
}
