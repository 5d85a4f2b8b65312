package org.selfeval.export.pdf;

import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.TableRenderer;

/** Draws a table part's rules ({@link FormRule}) as one stroked path instead of one per cell side. */
final class RuledTableRenderer extends TableRenderer {
    private final FormRule rule;

    RuledTableRenderer(Table table, FormRule rule) {
        super(table);
        this.rule = rule;
    }

    /** Has the table, its header part included, drawn by this renderer. */
    static void install(Table table, FormRule rule) {
        table.setNextRenderer(new RuledTableRenderer(table, rule));
        Table header = table.getHeader();
        if (header != null) {
            header.setNextRenderer(new RuledTableRenderer(header, rule));
        }
    }

    @Override
    protected void drawBorders(DrawContext drawContext) {
        rule.gather(drawContext.getCanvas());
        try {
            super.drawBorders(drawContext);
        } finally {
            rule.strokeGathered(drawContext.getCanvas());
        }
    }

    /** iText makes the renderers of the parts on later pages from this one. */
    @Override
    public IRenderer getNextRenderer() {
        return new RuledTableRenderer((Table) modelElement, rule);
    }
}
