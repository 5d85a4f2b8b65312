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
    }
}
