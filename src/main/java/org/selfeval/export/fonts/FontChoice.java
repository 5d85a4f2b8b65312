package org.selfeval.export.fonts;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The face chosen for one role.
 *
 * @param role     where it is used
 * @param file     the font file, or null for iText's built-in STSong-Light (not embedded)
 * @param ttcIndex face index inside a .ttc collection, 0 otherwise
 * @param faceName Chinese display name of the face, e.g. 仿宋 or 文泉驿微米黑
 * @param official whether it is the face GB/T 9704 asks for in this role
 * @param resource the classpath resource of a face the jar carries (file is then null), or null
 * @param note     what the substitution notice adds (e.g. that no free 仿宋 exists), or ""
 */
public record FontChoice(FontRole role, Path file, int ttcIndex, String faceName, boolean official, String resource,
                         String note) {
    /** Name of iText's built-in Asian font used when no embeddable CJK face exists. */
    public static final String BUILT_IN = "STSong-Light";

    /** A face found as a file on this machine or in the bundled folder. */
    public FontChoice(FontRole role, Path file, int ttcIndex, String faceName, boolean official) {
        this(role, file, ttcIndex, faceName, official, null, "");
    }

    /** A face the jar carries on its classpath. */
    static FontChoice bundled(FontRole role, String resource, String faceName, String note) {
        return new FontChoice(role, null, 0, faceName, false, resource, note);
    }

    public boolean isBuiltIn() {
        return file == null && resource == null;
    }

    /** True for a face read from the classpath (the jar's own fonts). */
    public boolean isResource() {
        return resource != null;
    }

    /** The file or resource name, e.g. NotoSerifSC-Regular-GB2312.ttf. */
    public String sourceName() {
        if (file != null) {
            return file.getFileName().toString();
        }
        return resource == null ? BUILT_IN : resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** True for a TrueType/OpenType collection, whose face is chosen by {@link #ttcIndex}. */
    public boolean isCollection() {
        return file != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
    }

    /** The notice shown when this is not the official face, e.g. "正文应使用仿宋，本机未找到，已改用文泉驿微米黑。". */
    public Optional<String> substitutionNotice() {
        if (official) {
            return Optional.empty();
        }
        if (isBuiltIn()) {
            return Optional.of(role.label() + "应使用" + role.officialFace()
                    + "，本机未找到可嵌入的中文字体，已改用 PDF 通用的宋体 STSong-Light（不嵌入字体，其他电脑上可能显示不全）。");
        }
        // the face by the name the clerk sees in the font list, not its file name
        if (isResource()) {
            return Optional.of(role.label() + "应使用" + role.officialFace() + "，本机未找到，已改用程序随附的" + faceName
                    + note + "。");
        }
        String face = faceName == null || faceName.isBlank() ? sourceName() : faceName;
        return Optional.of(role.label() + "应使用" + role.officialFace() + "，本机未找到，已改用本机的" + face + "。");
    }
}
