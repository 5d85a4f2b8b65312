package org.selfeval.export.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * word/fontTable.xml: every face the document names, with its English name as {@code w:altName} and
 * the GB2312 character set, family and PANOSE class, so Word and WPS substitute a face of the same
 * kind (a 仿宋 for 仿宋, not a sans) where the named one is not installed.
 */
final class DocxFontTable {
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    private static final String RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** One face: its name, English name, PANOSE-1 class, family and pitch. */
    record Face(String name, String altName, String panose, String family, String pitch, String charset) {
    }

    static final List<Face> FACES = List.of(
            new Face(DocxStyles.BODY_FACE, "FangSong", "02010609060101010101", "modern", "fixed", "86"),
            new Face(DocxStyles.HEI_FACE, "SimHei", "02010609060101010101", "modern", "fixed", "86"),
            new Face(DocxStyles.KAI_FACE, "KaiTi", "02010609060101010101", "modern", "fixed", "86"),
            new Face(DocxStyles.SONG_FACE, "SimSun", "02010600030101010101", "auto", "variable", "86"),
            new Face(DocxStyles.TITLE_FACE, "FZXiaoBiaoSong-B05S", "02000000000000000000", "auto", "variable", "86"),
            new Face(DocxStyles.LATIN_FACE, null, "02020603050405020304", "roman", "variable", "00"));

    private DocxFontTable() {
    }

    static void install(XWPFDocument doc) throws IOException {
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            if (doc.getPackage().containPart(name)) {
                return;
            }
            PackagePart part = doc.getPackage().createPart(name, CONTENT_TYPE);
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, RELATION);
        } catch (InvalidFormatException e) {
            throw new IOException("无法写入 Word 字体表", e);
        }
    }

    static String xml() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:fonts xmlns:w=\"")
                .append(W).append("\">");
        for (Face f : FACES) {
            b.append("<w:font w:name=\"").append(f.name()).append("\">");
            if (f.altName() != null) {
                b.append("<w:altName w:val=\"").append(f.altName()).append("\"/>");
            }
            b.append("<w:panose1 w:val=\"").append(f.panose()).append("\"/>")
                    .append("<w:charset w:val=\"").append(f.charset()).append("\"/>")
                    .append("<w:family w:val=\"").append(f.family()).append("\"/>")
                    .append("<w:pitch w:val=\"").append(f.pitch()).append("\"/>")
                    .append("</w:font>");
        }
        return b.append("</w:fonts>").toString();
    }
}
