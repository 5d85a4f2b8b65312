package org.selfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Software rendering is chosen up front only on a Linux without graphics devices, never over a set choice. */
class SoftwareRenderingTest {
    @TempDir
    Path dir;

    @Test
    void linuxWithoutDriDevicesHasNoGraphicsDevice() throws Exception {
        Path dri = dir.resolve("dri");
        assertThat(SoftwareRendering.noGraphicsDevice("Linux", dri)).isTrue();
        Files.createDirectories(dri);
        assertThat(SoftwareRendering.noGraphicsDevice("Linux", dri)).as("a graphics device may be usable").isFalse();
    }

    @Test
    void windowsAndMacOsAreLeftToJavaFx() {
        Path absent = dir.resolve("dri");
        assertThat(SoftwareRendering.noGraphicsDevice("Windows 11", absent)).isFalse();
        assertThat(SoftwareRendering.noGraphicsDevice("Mac OS X", absent)).isFalse();
    }

    @Test
    void aPipelineTheLauncherOrTheClerkChoseIsKept() {
        String before = System.getProperty(SoftwareRendering.PROPERTY);
        try {
            System.setProperty(SoftwareRendering.PROPERTY, "es2");
            SoftwareRendering.chooseWhereNoGpu();
            assertThat(System.getProperty(SoftwareRendering.PROPERTY)).isEqualTo("es2");
        } finally {
            if (before == null) {
                System.clearProperty(SoftwareRendering.PROPERTY);
            } else {
                System.setProperty(SoftwareRendering.PROPERTY, before);
            }
        }
    }
}
