package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.store.UserSettings;

/** Issue 14.8: settings that cannot be written must not stop the export; issue 15: they live in the data folder. */
class ExportSettingsTest {
    @TempDir
    Path dir;

    @Test
    void rememberingIntoAnUnwritablePlaceIsQuietlyGivenUp() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        ExportSettings settings = new ExportSettings(UserSettings.at(notAFolder.resolve(UserSettings.FILE)));
        assertThatCode(() -> settings.remember(Set.of("pdf"), dir)).doesNotThrowAnyException();
        assertThat(settings.formats()).containsExactly("pdf");
    }

    @Test
    void theChoiceIsKeptInTheSettingsFileBesideTheWorkspace() {
        Path workspace = dir.resolve("selfeval").resolve("workspace.db");
        ExportSettings first = ExportSettings.besideWorkspace(workspace);
        assertThat(first.formats()).containsExactly("pdf", "docx", "xlsx");
        first.remember(Set.of("xlsx", "json"), dir);
        assertThat(dir.resolve("selfeval").resolve(UserSettings.FILE)).isRegularFile();
        ExportSettings next = ExportSettings.besideWorkspace(workspace);
        assertThat(next.formats()).containsExactlyInAnyOrder("xlsx", "json");
        assertThat(next.folder()).isEqualTo(dir.toAbsolutePath());
    }
}
