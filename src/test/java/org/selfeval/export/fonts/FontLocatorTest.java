package org.selfeval.export.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontLocatorTest {
    static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    @Test
    void withoutAnyFontEveryRoleFallsBackToTheBuiltInFontAndSaysSo(@TempDir Path empty) {
        Map<FontRole, FontChoice> choices = new FontLocator(null, List.of(empty)).locate();
        assertThat(choices).hasSize(FontRole.values().length);
        assertThat(choices.values()).allSatisfy(c -> {
            assertThat(c.isBuiltIn()).isTrue();
            assertThat(c.substitutionNotice()).get().asString()
                    .contains(c.role().officialFace()).contains("STSong-Light");
        });
    }

    @Test
    void officialFileNamesWinForTheirRole(@TempDir Path windowsFonts) throws Exception {
        assumeTrue(Files.exists(WQY) && Files.exists(DROID), "未安装文泉驿微米黑或 Droid Sans Fallback，跳过");
        Files.copy(DROID, windowsFonts.resolve("simhei.ttf"));
        Files.copy(WQY, windowsFonts.resolve("wqy-microhei.ttc"));
        Map<FontRole, FontChoice> choices = new FontLocator(null, List.of(windowsFonts)).locate();
        assertThat(choices.get(FontRole.HEADING1).official()).isTrue();
        assertThat(choices.get(FontRole.HEADING1).faceName()).isEqualTo("黑体");
        assertThat(choices.get(FontRole.HEADING1).substitutionNotice()).isEmpty();
        assertThat(choices.get(FontRole.BODY).official()).isFalse();
        assertThat(choices.get(FontRole.BODY).file().getFileName().toString()).isEqualTo("wqy-microhei.ttc");
        assertThat(choices.get(FontRole.BODY).substitutionNotice()).get().asString()
                .isEqualTo("正文应使用仿宋，本机未找到，已改用本机的文泉驿微米黑。");
    }

    @Test
    void theBundledFolderComesBeforeGenericSystemFaces(@TempDir Path bundled, @TempDir Path system) throws Exception {
        assumeTrue(Files.exists(WQY), "未安装文泉驿微米黑，跳过");
        Files.copy(WQY, bundled.resolve("OflSerifSC.ttc"));
        Files.copy(WQY, system.resolve("wqy-microhei.ttc"));
        Map<FontRole, FontChoice> choices = new FontLocator(bundled, List.of(system)).locate();
        assertThat(choices.get(FontRole.BODY).file()).isEqualTo(bundled.resolve("OflSerifSC.ttc"));
        assertThat(choices.get(FontRole.BODY).faceName()).isEqualTo("OflSerifSC");
    }

    @Test
    void aFileThatIsNotAFontIsSkipped(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("simfang.ttf"), "not a font");
        assertThat(new FontLocator(null, List.of(dir)).locate().get(FontRole.BODY).isBuiltIn()).isTrue();
    }
}
