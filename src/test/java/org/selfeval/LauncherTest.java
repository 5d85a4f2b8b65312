package org.selfeval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void onlyNoArgumentsOrAWorkspaceOpenTheWindow() {
        assertThat(Launcher.opensWindow(new String[0])).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--workspace", "a.db"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--workspace=a.db"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--version"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"validate", "--input", "x.json"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"--workspace", "a.db", "list"})).isFalse();
        // a file opened with the program: the window, which offers it for import
        assertThat(Launcher.opensWindow(new String[] {"sample-data/leshan-2023-original.txt"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--workspace", "a.db", "sample-data/leshan-2023.json"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"no-such-file.xlsx"})).isFalse();
        assertThat(Launcher.opensWindow(new String[] {"sample-data"})).as("a folder: reviewed in the window").isTrue();
        assertThat(Launcher.opensWindow(new String[] {"sample-data/leshan-2023.json", "sample-data/leshan-2023-original.txt"})).isFalse();
    }
}
