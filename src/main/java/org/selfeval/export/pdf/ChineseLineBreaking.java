package org.selfeval.export.pdf;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Chinese line-breaking rules (禁则) for iText: a line may break after any CJK character, but never so
 * that closing punctuation (，。、；：？！）》」 …) starts a line, nor so that an opening bracket
 * (（《「〔 …) ends one. iText asks "may the line break after this glyph?".
 */
public final class ChineseLineBreaking implements ISplitCharacters {
    /** Must not begin a line. */
    static final String NO_LINE_START = "，。、；：？！）》」』〕】〉”’…—·％‰,.;:?!)]}%"
            + "\u3001\u3002\uff0c\uff0e\uff1a\uff1b\uff1f\uff01\uff09\uff3d\uff5d";
    /** Must not end a line. */
    static final String NO_LINE_END = "（《「『〔【〈“‘([{\uff08\uff3b\uff5b";

    private final ISplitCharacters base = new DefaultSplitCharacters();

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        int current = unicode(text.get(glyphPos));
        if (current >= 0 && NO_LINE_END.indexOf(current) >= 0 || current == '"' && !closes(text, glyphPos)) {
            return false;
        }
        int next = glyphPos + 1 < text.getEnd() ? unicode(text.get(glyphPos + 1)) : -1;
        if (next >= 0 && NO_LINE_START.indexOf(next) >= 0 || next == '"' && closes(text, glyphPos + 1)) {
            return false;
        }
        boolean insideLatinWord = current < 0x80 && next >= 0 && next < 0x80 && Character.isLetterOrDigit(next);
        if (current == '"' || current >= 0 && NO_LINE_START.indexOf(current) >= 0 && !insideLatinWord) {
            return true;
        }
        return base.isSplitCharacter(text, glyphPos);
    }

    /**
     * Whether the straight quote at pos closes a quotation: clerks often type "…" with the same ASCII
     * mark on both sides, so every second one in the run closes.
     */
    static boolean closes(GlyphLine text, int pos) {
        int before = 0;
        for (int i = 0; i < pos; i++) {
            if (unicode(text.get(i)) == '"') {
                before++;
            }
        }
        return before % 2 == 1;
    }

    private static int unicode(Glyph glyph) {
        return glyph.hasValidUnicode() ? glyph.getUnicode() : -1;
    }
}
