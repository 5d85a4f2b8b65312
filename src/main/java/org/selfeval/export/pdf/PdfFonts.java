package org.selfeval.export.pdf;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.selfeval.export.fonts.FontChoice;
import org.selfeval.export.fonts.FontFiles;
import org.selfeval.export.fonts.FontRole;

/**
 * The fonts of one PDF, one per role, embedded as subsets (Identity-H). A file used for several roles
 * is embedded once. PdfFont objects belong to one document, so a new set is made per export.
 */
final class PdfFonts {
    private final Map<FontRole, PdfFont> byRole = new EnumMap<>(FontRole.class);

    PdfFonts(Map<FontRole, FontChoice> choices) throws IOException {
        Map<String, PdfFont> byFile = new HashMap<>();
        for (Map.Entry<FontRole, FontChoice> e : choices.entrySet()) {
            FontChoice c = e.getValue();
            String key = c.isBuiltIn() ? FontChoice.BUILT_IN : c.isResource() ? c.resource() : c.file() + "#" + c.ttcIndex();
            PdfFont font = byFile.get(key);
            if (font == null) {
                font = create(c);
                byFile.put(key, font);
            }
            byRole.put(e.getKey(), font);
        }
    }

    private static PdfFont create(FontChoice c) throws IOException {
        if (c.isBuiltIn()) {
            return PdfFontFactory.createFont(FontChoice.BUILT_IN, "UniGB-UCS2-H");
        }
        PdfFont font = PdfFontFactory.createFont(FontFiles.load(c), PdfEncodings.IDENTITY_H,
                EmbeddingStrategy.FORCE_EMBEDDED);
        font.setSubset(true);
        return font;
    }

    PdfFont get(FontRole role) {
        return byRole.get(role);
    }

    PdfFont title() {
        return byRole.get(FontRole.TITLE);
    }

    PdfFont body() {
        return byRole.get(FontRole.BODY);
    }

    /** The face of a heading level: 1 黑体, 2 楷体, 3 and 4 仿宋. */
    PdfFont heading(int level) {
        return switch (level) {
            case 1 -> byRole.get(FontRole.HEADING1);
            case 2 -> byRole.get(FontRole.HEADING2);
            default -> byRole.get(FontRole.BODY);
        };
    }

    PdfFont pageNumber() {
        return byRole.get(FontRole.PAGE_NUMBER);
    }
}
