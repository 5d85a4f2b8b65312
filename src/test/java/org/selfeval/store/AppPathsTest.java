package org.selfeval.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppPathsTest {
    static final Path HOME = Path.of("/home/clerk");

    @ParameterizedTest(name = "{0} {1}={2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # os name   | variable      | value             | expected data folder
            # XDG Base Directory spec: $XDG_DATA_HOME, default ~/.local/share
            Linux       | XDG_DATA_HOME | /data/xdg         | /data/xdg
            Linux       | -             | -                 | /home/clerk/.local/share
            Linux       | XDG_DATA_HOME | relative/ignored  | /home/clerk/.local/share
            Linux       | XDG_DATA_HOME | '  '              | /home/clerk/.local/share
            # Windows: %LOCALAPPDATA% (per user, not roamed)
            Windows 11  | LOCALAPPDATA  | /c/Users/clerk/AppData/Local | /c/Users/clerk/AppData/Local
            Windows 10  | -             | -                 | /home/clerk/AppData/Local
            # macOS: ~/Library/Application Support
            Mac OS X    | XDG_DATA_HOME | /data/xdg         | /home/clerk/Library/Application Support
            """)
    void dataFolderPerPlatform(String os, String variable, String value, String expected) {
        Map<String, String> env = new HashMap<>();
        if (variable != null) {
            env.put(variable, value);
        }
        assertThat(AppPaths.defaultWorkspace(os, env, HOME))
                .isEqualTo(Path.of(expected).resolve("selfeval").resolve("workspace.db"));
    }

    @ParameterizedTest
    @CsvSource({"/x/selfeval/workspace.db, /x/selfeval/backups", "/tmp/a.db, /tmp/backups"})
    void backupsLiveBesideTheWorkspace(String workspace, String backups) {
        assertThat(AppPaths.backupsOf(Path.of(workspace))).isEqualTo(Path.of(backups));
    }
}
