package org.selfeval.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * sqlite-jdbc unpacks its native library into {@code org.sqlite.tmpdir}, by default
 * {@code java.io.tmpdir}; a temp folder that is missing, unwritable or mounted noexec then makes
 * every workspace look damaged (xerial/sqlite-jdbc #185, #740, #791). The app points it at a folder
 * of its own in the per-user data folder before the first connection.
 */
public final class NativeLibraryFolder {
    public static final String PROPERTY = "org.sqlite.tmpdir";
    static final String FOLDER = "lib";

    private NativeLibraryFolder() {
    }

    /** The app's own folder for the library: {@code <data folder>/selfeval/lib}. */
    public static Path defaultFolder() {
        return AppPaths.defaultWorkspace().resolveSibling(FOLDER);
    }

    /** Unless the property is already given (by the installer or the user), uses {@code folder}. */
    public static void use(Path folder) {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            removeLeftovers(folder);
        } catch (IOException e) {
            // opening a workspace then says that this folder is unusable, naming it
        }
        System.setProperty(PROPERTY, folder.toAbsolutePath().toString());
    }

    /** A library is unpacked at every start and removed at a normal exit; a killed app leaves its copy. */
    static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofMinutes(10);

    /**
     * Removes copies left by killed runs (older than {@link #LEFTOVER_AGE}, so that one being unpacked
     * by an app starting now is left alone; a copy in use stays usable where the OS lets it be removed).
     */
    static void removeLeftovers(Path folder) throws IOException {
        java.time.Instant old = java.time.Instant.now().minus(LEFTOVER_AGE);
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("sqlite-")).toList()) {
                try {
                    if (Files.getLastModifiedTime(p).toInstant().isBefore(old)) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    // in use (Windows) or already gone
                }
            }
        }
    }
}
