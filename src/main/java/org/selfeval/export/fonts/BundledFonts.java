package org.selfeval.export.fonts;

import java.util.Map;
import java.util.Optional;

/**
 * The OFL faces the jar carries on its classpath (put there by the build, src/build/jar-fonts.list), one
 * per role: 思源宋体 Bold for the title (小标宋 stand-in), 思源黑体 for 一级标题, 霞鹜文楷 for 二级标题,
 * 思源宋体 for the body and page numbers. No open-licence 仿宋 can be had, so the body stays a 宋体-style
 * face and its notice says so. A build without the fonts (offline first build) simply has none of them.
 */
final class BundledFonts {
    static final String FOLDER = "/org/selfeval/export/fonts/bundled/";

    /** One bundled face: the file in {@link #FOLDER}, its Chinese name and what the notice adds. */
    record Face(String fileName, String faceName, String note) {
        String resource() {
            return FOLDER + fileName;
        }
    }

    static final Map<FontRole, Face> BY_ROLE = Map.of(
            FontRole.TITLE, new Face("NotoSerifSC-Bold-GB2312.ttf", "思源宋体 Bold", ""),
            FontRole.BODY, new Face("NotoSerifSC-Regular-GB2312.ttf", "思源宋体",
                    "；没有可随附的开源仿宋字体，正文以宋体风格的思源宋体代替，安装仿宋_GB2312 后即用仿宋"),
            FontRole.HEADING1, new Face("NotoSansSC-Regular-GB2312.ttf", "思源黑体", ""),
            FontRole.HEADING2, new Face("LXGWWenKai-Regular.ttf", "霞鹜文楷", ""),
            FontRole.PAGE_NUMBER, new Face("NotoSerifSC-Regular-GB2312.ttf", "思源宋体", ""));

    private BundledFonts() {
    }

    /** The bundled face of the role, when the jar has it and it loads. */
    static Optional<FontChoice> choose(FontRole role) {
        Face face = BY_ROLE.get(role);
        if (face == null || BundledFonts.class.getResource(face.resource()) == null
                || !FontFiles.usableForChinese(face.resource())) {
            return Optional.empty();
        }
        return Optional.of(FontChoice.bundled(role, face.resource(), face.faceName(), face.note()));
    }
}
