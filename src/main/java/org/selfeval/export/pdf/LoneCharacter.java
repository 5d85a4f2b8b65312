package org.selfeval.export.pdf;

import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.LineRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;
import com.itextpdf.layout.renderer.TextRenderer;
import java.util.List;

/**
 * The clerk's trick against a one-character last line (a 孤字, e.g. "费）" alone): the paragraph's
 * character spacing is tightened by the least amount, in steps of a tenth of a point up to
 * {@link #MAX_TIGHTENING}, that pulls the character back onto the line above. Paragraphs that would
 * need more are left as they are.
 */
final class LoneCharacter {
    static final float STEP = 0.1f;
    /** About what Word's 紧缩 by 0.7 磅 does: a 29th character fits a 28-character line. */
    static final float MAX_TIGHTENING = 0.7f;

    private LoneCharacter() {
    }

    static Paragraph pullBack(Paragraph p, Document document) {
        Layout first = layout(p, document);
        if (first == null || first.lines() < 2 || !lone(first.lastLine())) {
            return p;
        }
        Float spacing = p.getProperty(Property.CHARACTER_SPACING);
        float base = spacing == null ? 0 : spacing;
        for (float tighter = STEP; tighter <= MAX_TIGHTENING + 1e-3f; tighter += STEP) {
            p.setCharacterSpacing(base - tighter);
            Layout next = layout(p, document);
            if (next != null && next.lines() < first.lines()) {
                return p;
            }
        }
        p.setCharacterSpacing(base);
        return p;
    }

    /** One character, with or without closing punctuation after it. */
    static boolean lone(String line) {
        String letters = line.strip().codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return letters.codePointCount(0, letters.length()) == 1;
    }

    private record Layout(int lines, String lastLine) {
    }

    private static Layout layout(Paragraph p, Document document) {
        IRenderer renderer = p.createRendererSubTree().setParent(document.getRenderer());
        renderer.layout(new LayoutContext(new LayoutArea(1, new Rectangle(GbtLayout.BLOCK_WIDTH, 100_000))));
        if (!(renderer instanceof ParagraphRenderer pr) || pr.getLines() == null || pr.getLines().isEmpty()) {
            return null;
        }
        List<LineRenderer> lines = pr.getLines();
        StringBuilder last = new StringBuilder();
        for (IRenderer child : lines.get(lines.size() - 1).getChildRenderers()) {
            if (child instanceof TextRenderer t) {
                last.append(t.getText().toString());
            }
        }
        return new Layout(lines.size(), last.toString());
    }
}
