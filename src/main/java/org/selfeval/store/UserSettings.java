package org.selfeval.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What the program remembers for its user between runs (the export dialog's choices, the window's place):
 * a small UTF-8 properties file in the data folder beside the workspace, {@code settings.properties}, so
 * that everything the program keeps is in one folder the clerk can back up or remove. A missing or
 * unreadable file is an empty one; a file that cannot be written is simply not remembered: neither may
 * stop the clerk's work.
 */
public final class UserSettings {
    public static final String FILE = "settings.properties";
    private final Path file;
    private final Properties values = new Properties();
    /** What this instance set (a value) or removed (null) since it was read: all that its save writes. */
    private final java.util.Map<String, String> changed = new java.util.LinkedHashMap<>();

    private UserSettings(Path file) {
        this.file = file;
    }

    /** The settings kept beside a workspace file. */
    public static UserSettings besideWorkspace(Path workspace) {
        return at(workspace.toAbsolutePath().resolveSibling(FILE));
    }

    /** The settings of the user running this JVM (beside the default workspace). */
    public static UserSettings user() {
        return besideWorkspace(AppPaths.defaultWorkspace());
    }

    /** Reads the file if there is one; anything unreadable counts as not yet set. */
    public static UserSettings at(Path file) {
        UserSettings s = new UserSettings(file);
        read(file, s.values);
        return s;
    }

    private static void read(Path file, Properties into) {
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file);
                 var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                into.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                into.clear();
            }
        }
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public synchronized void put(String key, String value) {
        values.setProperty(key, value);
        changed.put(key, value);
    }

    public synchronized void remove(String key) {
        values.remove(key);
        changed.put(key, null);
    }

    /**
     * Writes what this instance changed onto the file as it is now (the window's place and the export
     * dialog's choices are kept by different parts of the program, each through its own instance, and
     * neither may undo the other's), whole or not at all (a temporary file renamed over it).
     *
     * @return false when it could not be written (a read-only or full disk); the values stay for this run
     */
    public synchronized boolean save() {
        Path temp = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".settings", ".tmp");
            Properties now = new Properties();
            read(file, now);
            changed.forEach((k, v) -> {
                if (v == null) {
                    now.remove(k);
                } else {
                    now.setProperty(k, v);
                }
            });
            try (OutputStream out = Files.newOutputStream(temp);
                 var writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                now.store(writer, null);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | UncheckedIOException | SecurityException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file left in a folder that refuses writes cannot be helped
                }
            }
            return false;
        }
    }
}
