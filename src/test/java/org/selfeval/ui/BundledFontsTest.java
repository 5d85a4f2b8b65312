package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundledFontsTest {
    @Test
    void prefersTheSansFaceTheInstallerShips() {
        assertThat(BundledFonts.chooseFamily(List.of("Noto Serif SC", "Noto Serif SC Bold", "Noto Sans SC"))).contains("Noto Sans SC");
        assertThat(BundledFonts.chooseFamily(List.of("Noto Serif SC"))).contains("Noto Serif SC");
        assertThat(BundledFonts.chooseFamily(List.of())).isEmpty();
    }
}
