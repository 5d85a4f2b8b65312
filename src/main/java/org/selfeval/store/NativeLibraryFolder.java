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
        } catch (IOException e) {
            // opening a workspace then says that this folder is unusable, naming it
        }
        System.setProperty(PROPERTY, folder.toAbsolutePath().toString());
    }
}
