package org.selfeval.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.prefs.Preferences;
import org.selfeval.export.Exporters;

/**
 * What the export dialog remembers between runs (user preferences): the kinds of file ticked and the
 * folder. The first time: PDF, DOCX and XLSX, in the user's Documents folder (or home).
 */
final class ExportSettings {
    private static final String FOLDER = "folder";
    private final Preferences node;

    ExportSettings(Preferences node) {
        this.node = node;
    }

    static ExportSettings user() {
        return new ExportSettings(Preferences.userRoot().node("org/selfeval/export"));
    }

    Set<String> formats() {
        Set<String> chosen = new LinkedHashSet<>();
        for (String ext : Exporters.EXTENSIONS) {
            if (node.getBoolean(ext, !"json".equals(ext))) {
                chosen.add(ext);
            }
        }
        return chosen;
    }

    Path folder() {
        String saved = node.get(FOLDER, "");
        if (!saved.isEmpty() && Files.isDirectory(Path.of(saved))) {
            return Path.of(saved);
        }
        return defaultFolder();
    }

    static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        for (Path p : List.of(home.resolve("Documents"), home.resolve("文档"), home.resolve("My Documents"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return home;
    }

    /**
     * Saves the choice; a preferences store that cannot be written is simply not remembered. The JDK's
     * file-based store reports an unwritable folder by an {@link AssertionError} or an unchecked
     * exception from {@code put} as well as from {@code flush}: none of them may stop the export.
     */
    void remember(Set<String> formats, Path folder) {
        try {
            for (String ext : Exporters.EXTENSIONS) {
                node.putBoolean(ext, formats.contains(ext));
            }
            node.put(FOLDER, folder.toAbsolutePath().toString());
            node.flush();
        } catch (java.util.prefs.BackingStoreException | RuntimeException | AssertionError e) {
            // remembered for this session at most
        }
    }
}
