package org.selfeval.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.selfeval.export.Exporters;
import org.selfeval.store.UserSettings;

/**
 * What the export dialog remembers between runs (user preferences): the kinds of file ticked and the
 * folder. The first time: PDF, DOCX and XLSX, in the user's Documents folder (or home).
 */
final class ExportSettings {
    private static final String FOLDER = "export.folder";
    private static final String FORMAT = "export.format.";
    private final UserSettings settings;

    ExportSettings(UserSettings settings) {
        this.settings = settings;
    }

    /** The choices kept in the settings file beside a workspace (the data folder). */
    static ExportSettings besideWorkspace(Path workspace) {
        return new ExportSettings(UserSettings.besideWorkspace(workspace));
    }

    Set<String> formats() {
        Set<String> chosen = new LinkedHashSet<>();
        for (String ext : Exporters.EXTENSIONS) {
            if (settings.get(FORMAT + ext).map(Boolean::parseBoolean).orElse(!"json".equals(ext))) {
                chosen.add(ext);
            }
        }
        return chosen;
    }

    Path folder() {
        return settings.get(FOLDER).flatMap(ExportSettings::folderIn).orElseGet(ExportSettings::defaultFolder);
    }

    private static java.util.Optional<Path> folderIn(String saved) {
        try {
            Path p = Path.of(saved);
            return saved.isEmpty() || !Files.isDirectory(p) ? java.util.Optional.empty() : java.util.Optional.of(p);
        } catch (java.nio.file.InvalidPathException e) {
            return java.util.Optional.empty();
        }
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

    /** Saves the choice; a settings file that cannot be written is simply not remembered (see {@link UserSettings#save}). */
    void remember(Set<String> formats, Path folder) {
        for (String ext : Exporters.EXTENSIONS) {
            settings.put(FORMAT + ext, Boolean.toString(formats.contains(ext)));
        }
        settings.put(FOLDER, folder.toAbsolutePath().toString());
        settings.save();
    }
}
