package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {
    @TempDir
    Path dir;

    @Test
    void valuesSurviveASaveAndAReadInUtf8() {
        Path file = dir.resolve("sub").resolve(UserSettings.FILE);
        UserSettings s = UserSettings.at(file);
        assertThat(s.get("export.folder")).isEmpty();
        s.put("export.folder", "D:\\文档\\绩效自评");
        s.put("window.maximized", "true");
        assertThat(s.save()).isTrue();
        UserSettings again = UserSettings.at(file);
        assertThat(again.get("export.folder")).contains("D:\\文档\\绩效自评");
        assertThat(again.get("window.maximized")).contains("true");
        again.remove("window.maximized");
        assertThat(again.save()).isTrue();
        assertThat(UserSettings.at(file).get("window.maximized")).isEmpty();
        assertThat(dir.resolve("sub")).isDirectoryContaining(p -> p.getFileName().toString().equals(UserSettings.FILE));
        assertThat(dir.resolve("sub").toFile().list()).containsExactly(UserSettings.FILE);
    }

    @Test
    void aDamagedFileReadsAsEmptyAndIsReplacedWholeOnTheNextSave() throws Exception {
        Path file = dir.resolve(UserSettings.FILE);
        Files.write(file, new byte[] {'a', '=', '\\', 'u', '1', 'z', '\n', (byte) 0xff, 0});
        UserSettings s = UserSettings.at(file);
        assertThat(s.get("a")).isEmpty();
        s.put("b", "2");
        assertThat(s.save()).isTrue();
        assertThat(UserSettings.at(file).get("b")).contains("2");
    }

    @Test
    void aPlaceThatCannotBeWrittenReportsFalseAndKeepsTheValuesForThisRun() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        UserSettings s = UserSettings.at(notAFolder.resolve(UserSettings.FILE));
        s.put("k", "v");
        assertThat(s.save()).isFalse();
        assertThat(s.get("k")).contains("v");
    }

    @Test
    void theFileSitsBesideTheWorkspace() {
        Path ws = dir.resolve("data").resolve("workspace.db");
        assertThat(UserSettings.besideWorkspace(ws).file()).isEqualTo(ws.toAbsolutePath().resolveSibling(UserSettings.FILE));
    }

    @Test
    void twoPartsOfTheProgramSavingTheirOwnSettingsDoNotUndoEachOther() {
        Path file = dir.resolve(UserSettings.FILE);
        UserSettings window = UserSettings.at(file); // read at start
        UserSettings export = UserSettings.at(file); // read when the export dialog opens
        export.put("export.folder", "/exports");
        assertThat(export.save()).isTrue();
        window.put("window.width", "900.0");
        assertThat(window.save()).isTrue(); // at close: must not put back the folder it never saw
        UserSettings after = UserSettings.at(file);
        assertThat(after.get("export.folder")).contains("/exports");
        assertThat(after.get("window.width")).contains("900.0");
        window.remove("window.width");
        window.save();
        assertThat(UserSettings.at(file).get("window.width")).isEmpty();
        assertThat(UserSettings.at(file).get("export.folder")).contains("/exports");
    }
}
