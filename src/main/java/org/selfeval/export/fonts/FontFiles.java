package org.selfeval.export.fonts;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Loads font programs through iText's cache, so a second export does not parse the file again. */
public final class FontFiles {
    /** Characters a face must have to be used for Chinese text at all. */
    private static final String PROBE = "部门整体支出绩效自评报告。，一";

    private FontFiles() {
    }

    public static FontProgram load(Path file, int ttcIndex) throws IOException {
        String path = file.toAbsolutePath().toString();
        if (path.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            return FontProgramFactory.createFont(path, ttcIndex, true);
        }
        return FontProgramFactory.createFont(path, true);
    }

    /** Whether the file loads and has real glyphs for common Chinese characters. */
    static boolean usableForChinese(Path file, int ttcIndex) {
        try {
            FontProgram program = load(file, ttcIndex);
            return PROBE.codePoints().allMatch(cp -> hasGlyph(program, cp));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** True when the code point maps to a glyph other than .notdef (glyph 0). */
    public static boolean hasGlyph(FontProgram program, int codePoint) {
        com.itextpdf.io.font.otf.Glyph glyph = program.getGlyph(codePoint);
        return glyph != null && glyph.getCode() > 0;
    }
}
