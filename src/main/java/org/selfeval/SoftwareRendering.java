package org.selfeval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Chooses JavaFX's software renderer up front where no graphics card can be used: Linux without any
 * device under {@code /dev/dri} (virtual machines, remote desktops, a virtual X server). There JavaFX
 * first loads Mesa's OpenGL, with its LLVM compiler (about 50 MB of resident memory), only to find that
 * it "doesn't meet the es2 pipe requirement" and fall back to software rendering; choosing software
 * first saves that memory and the loading. A {@code prism.order} set by the clerk or a launcher is left
 * alone, and so are Windows, macOS and any Linux with a graphics device.
 */
final class SoftwareRendering {
    static final String PROPERTY = "prism.order";

    private SoftwareRendering() {
    }

    static void chooseWhereNoGpu() {
        if (System.getProperty(PROPERTY) == null && noGraphicsDevice(System.getProperty("os.name", ""), Path.of("/dev/dri"))) {
            System.setProperty(PROPERTY, "sw");
        }
    }

    /** Whether the system is Linux and has no direct-rendering device (the folder {@code dri}) at all. */
    static boolean noGraphicsDevice(String osName, Path dri) {
        return osName.toLowerCase(Locale.ROOT).startsWith("linux") && !Files.exists(dri);
    }
}
