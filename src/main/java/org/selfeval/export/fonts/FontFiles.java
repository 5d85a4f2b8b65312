package org.selfeval.export.fonts;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;

/** Loads font programs through iText's cache, so a second export does not parse the file again. */
public final class FontFiles {
    /** Characters a face must have to be used for Chinese text at all. */
    private static final String PROBE = "部门整体支出绩效自评报告。，一";

    private FontFiles() {
    }

    /** The font program of a choice: its file, or its classpath resource for a face the jar carries. */
    public static FontProgram load(FontChoice choice) throws IOException {
        return choice.isResource() ? loadResource(choice.resource()) : load(choice.file(), choice.ttcIndex());
    }

    /** The classpath fonts read so far: each is read and parsed once per process (the largest is 15 MB). */
    private static final java.util.Map<String, FontProgram> RESOURCES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A font read from the classpath, once: the checks and every export after use the same program. A
     * thread that asks while another reads it waits for that reading (an export preparing in the
     * background must not make the export read the 15 MB face a second time).
     */
    static FontProgram loadResource(String resource) throws IOException {
        try {
            return RESOURCES.computeIfAbsent(resource, r -> {
                try (InputStream in = FontFiles.class.getResourceAsStream(r)) {
                    if (in == null) {
                        throw new IOException("程序中缺少字体 " + r);
                    }
                    return FontProgramFactory.createFont(in.readAllBytes(), true);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Whether the classpath font loads and has real glyphs for common Chinese characters. */
    static boolean usableForChinese(String resource) {
        try {
            FontProgram program = loadResource(resource);
            return PROBE.codePoints().allMatch(cp -> hasGlyph(program, cp));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public static FontProgram load(Path file, int ttcIndex) throws IOException {
        String path = file.toAbsolutePath().toString();
        if (path.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            return FontProgramFactory.createFont(path, ttcIndex, true);
        }
        return FontProgramFactory.createFont(path, true);
    }

    /** Whether the file loads and has real glyphs for common Chinese characters. */
    static boolean usableForChinese(Path file, int ttcIndex) {
        try {
            FontProgram program = load(file, ttcIndex);
            return PROBE.codePoints().allMatch(cp -> hasGlyph(program, cp));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** True when the code point maps to a glyph other than .notdef (glyph 0). */
    public static boolean hasGlyph(FontProgram program, int codePoint) {
        com.itextpdf.io.font.otf.Glyph glyph = program.getGlyph(codePoint);
        return glyph != null && glyph.getCode() > 0;
    }
}
