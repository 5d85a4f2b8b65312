package org.selfeval.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseLineBreakingTest {
    /** A glyph line of the text; the test asks whether a break may follow the character at index. */
    private static boolean breakAfter(String text, int index) {
        List<Glyph> glyphs = new ArrayList<>();
        text.codePoints().forEach(cp -> glyphs.add(new Glyph(cp + 1, 1000, cp)));
        return new ChineseLineBreaking().isSplitCharacter(new GlyphLine(glyphs), index);
    }

    @ParameterizedTest(name = "{0} after index {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "收入合计。其中|0|true",
        "收入合计。其中|3|false",
        "收入合计。其中|4|true",
        "合计，其中|1|false",
        "合计,其中|1|false",
        "合计,其中|2|true",
        "根据《方案》|1|true",
        "根据《方案》|2|false",
        "结转（其中|2|false",
        "其中)。下|1|false",
        "1123.58万元|4|false",
        "1123.58万元|6|false",
        "万元；占|1|false",
        "占100%，下|4|false",
        "一批\"一件事\"事项|1|true",
        "一批\"一件事\"事项|2|false",
        "一批\"一件事\"事项|5|false",
        "一批\"一件事\"事项|6|true",
        "占100%，下|5|true",
    })
    void rules(String text, int index, boolean allowed) {
        assertThat(breakAfter(text, index)).isEqualTo(allowed);
    }
}
