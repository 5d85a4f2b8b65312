package org.selfeval.export.fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the faces for each {@link FontRole} on this machine: the official Windows faces first, then
 * macOS and Linux relatives, then the faces the jar carries ({@link BundledFonts}), then the fonts in
 * the bundled folder (system property
 * {@value #FONTS_DIR_PROPERTY}), then any Chinese face found. When nothing embeddable exists the role
 * falls back to iText's STSong-Light, and {@link FontChoice#substitutionNotice()} says so.
 */
public final class FontLocator {
    public static final String FONTS_DIR_PROPERTY = "selfeval.fonts.dir";
    private static final int MAX_DEPTH = 5;

    private final Path bundledDir;
    private final List<Path> systemDirs;

    private final boolean bundledFaces;

    /** A locator that looks only at these folders (not at the faces the jar carries). */
    public FontLocator(Path bundledDir, List<Path> systemDirs) {
        this(bundledDir, systemDirs, false);
    }

    /**
     * @param bundledFaces whether the faces the jar carries on its classpath are tried after the
     *                     official faces and their relatives (true in the app)
     */
    public FontLocator(Path bundledDir, List<Path> systemDirs, boolean bundledFaces) {
        this.bundledDir = bundledDir;
        this.systemDirs = List.copyOf(systemDirs);
        this.bundledFaces = bundledFaces;
    }

    /** The locator for this machine: the bundled folder from the system property and the usual font folders. */
    public static FontLocator forThisMachine() {
        String bundled = System.getProperty(FONTS_DIR_PROPERTY);
        return new FontLocator(bundled == null || bundled.isBlank() ? null : Path.of(bundled), systemFontDirs(), true);
    }

    static List<Path> systemFontDirs() {
        String home = System.getProperty("user.home", "");
        List<Path> dirs = new ArrayList<>();
        String windir = System.getenv("WINDIR");
        dirs.add(Path.of(windir == null ? "C:\\Windows" : windir, "Fonts"));
        String localAppData = System.getenv("LOCALAPPDATA");
        if (localAppData != null) {
            dirs.add(Path.of(localAppData, "Microsoft", "Windows", "Fonts"));
        }
        dirs.add(Path.of("/System/Library/Fonts"));
        dirs.add(Path.of("/Library/Fonts"));
        dirs.add(Path.of(home, "Library", "Fonts"));
        dirs.add(Path.of("/usr/share/fonts"));
        dirs.add(Path.of("/usr/local/share/fonts"));
        dirs.add(Path.of(home, ".fonts"));
        dirs.add(Path.of(home, ".local", "share", "fonts"));
        return dirs;
    }

    /** One choice per role, in role order. Never fails: the last resort is the built-in font. */
    public Map<FontRole, FontChoice> locate() {
        Map<String, Path> system = index(systemDirs);
        Map<String, Path> bundled = bundledDir == null ? Map.of() : index(List.of(bundledDir));
        Map<String, Path> all = new LinkedHashMap<>(bundled);
        system.forEach(all::putIfAbsent);
        Map<FontRole, FontChoice> choices = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            choices.put(role, choose(role, all, bundled, system));
        }
        return choices;
    }

    private FontChoice choose(FontRole role, Map<String, Path> all, Map<String, Path> bundled, Map<String, Path> system) {
        Optional<FontChoice> official = first(role, FontCatalogue.OFFICIAL.get(role), all, true);
        if (official.isPresent()) {
            return official.get();
        }
        Optional<FontChoice> relative = first(role, FontCatalogue.RELATIVES.get(role), all, false);
        if (relative.isPresent()) {
            return relative.get();
        }
        Optional<FontChoice> carried = bundledFaces ? BundledFonts.choose(role) : Optional.empty();
        if (carried.isPresent()) {
            return carried.get();
        }
        for (Map.Entry<String, Path> e : bundled.entrySet()) {
            if (FontFiles.usableForChinese(e.getValue(), 0)) {
                return new FontChoice(role, e.getValue(), 0, stripExtension(e.getValue()), false);
            }
        }
        return first(role, FontCatalogue.GENERIC, system, false)
                .orElse(new FontChoice(role, null, 0, FontChoice.BUILT_IN, false));
    }

    private static Optional<FontChoice> first(FontRole role, List<FontCandidate> candidates, Map<String, Path> files,
                                              boolean official) {
        for (FontCandidate c : candidates) {
            for (Map.Entry<String, Path> e : files.entrySet()) {
                if (c.matches(e.getKey()) && FontFiles.usableForChinese(e.getValue(), c.ttcIndex())) {
                    return Optional.of(new FontChoice(role, e.getValue(), c.ttcIndex(), c.faceName(), official));
                }
            }
        }
        return Optional.empty();
    }

    /** Lower-case file name → path of every font file under the folders (first found wins). */
    static Map<String, Path> index(List<Path> dirs) {
        Map<String, Path> found = new LinkedHashMap<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, MAX_DEPTH)) {
                files.filter(Files::isRegularFile).filter(FontLocator::isFontFile)
                        .forEach(p -> found.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
            } catch (IOException | RuntimeException e) {
                // an unreadable folder is skipped like a missing one
                continue;
            }
        }
        return found;
    }

    private static boolean isFontFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ttf") || n.endsWith(".ttc") || n.endsWith(".otf");
    }

    private static String stripExtension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
