package org.selfeval.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the workspace lives by default: the per-user data folder of the platform, then
 * {@code selfeval/workspace.db}. Linux: {@code $XDG_DATA_HOME} or {@code ~/.local/share};
 * Windows: {@code %LOCALAPPDATA%}; macOS: {@code ~/Library/Application Support}.
 */
public final class AppPaths {
    public static final String APP_FOLDER = "selfeval";
    public static final String WORKSPACE_FILE = "workspace.db";
    public static final String BACKUP_FOLDER = "backups";

    private AppPaths() {
    }

    /** The default workspace file of the user running this JVM. */
    public static Path defaultWorkspace() {
        return defaultWorkspace(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The default workspace file for a given platform, environment and home folder. */
    public static Path defaultWorkspace(String osName, Map<String, String> env, Path home) {
        return dataHome(osName, env, home).resolve(APP_FOLDER).resolve(WORKSPACE_FILE);
    }

    /** The per-user data folder of the platform. */
    public static Path dataHome(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return present(local) ? Path.of(local) : home.resolve("AppData").resolve("Local");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // the XDG spec: a relative path is invalid and must be ignored
        return present(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
    }

    /** The folder beside a workspace file that keeps its automatic backups. */
    public static Path backupsOf(Path workspace) {
        Path parent = workspace.toAbsolutePath().getParent();
        return parent.resolve(BACKUP_FOLDER);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
