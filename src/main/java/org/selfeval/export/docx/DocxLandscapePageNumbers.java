package org.selfeval.export.docx;

import java.util.Locale;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/**
 * Page numbers of the landscape 自评表 section placed as GB/T 9704 §8 and the PDF place them: the
 * landscape page is the portrait sheet turned, so "— N —" stays where the sheet's number is — on the
 * table's left side, turned with the sheet (text running down the page), its dash line 7 mm left of
 * the turned 版心; odd pages at the table's lower left with one character's space, even pages at its
 * upper left. Each is a text box with vertical text (VML, which Word, WPS and LibreOffice all read)
 * anchored in the section's own odd and even footers.
 */
final class DocxLandscapePageNumbers {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String V = "urn:schemas-microsoft-com:vml";
    private static final String O = "urn:schemas-microsoft-com:office:office";
    /**
     * The portrait 版心 28 mm from the binding edge and 156 mm wide, its foot 35 mm above the sheet's foot;
     * the dash line 7 mm below it (§7.5); numbers 14 pt in a box one 18 pt line wide, long enough for "— 999 —".
     */
    static final double BINDING_MM = 28, BLOCK_WIDTH_MM = 156, FOOT_MM = 35, DROP_MM = 7, BOX_LENGTH_MM = 40;
    static final double NUMBER_PT = 14, BOX_WIDTH_PT = 18;

    private DocxLandscapePageNumbers() {
    }

    /** Gives the document's last section (the landscape one) its own odd and even footers with the turned numbers. */
    static void install(XWPFDocument doc) {
        CTSectPr landscape = doc.getDocument().getBody().getSectPr();
        while (landscape.sizeOfFooterReferenceArray() > 0) {
            landscape.removeFooterReference(0);
        }
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(doc, landscape);
        fill(policy.createFooter(STHdrFtr.DEFAULT), true);
        fill(policy.createFooter(STHdrFtr.EVEN), false);
    }

    private static void fill(XWPFFooter footer, boolean odd) {
        CTP p;
        try {
            p = CTP.Factory.parse(paragraph(odd));
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
        if (footer._getHdrFtr().sizeOfPArray() > 0) {
            footer._getHdrFtr().setPArray(0, p);
        } else {
            footer._getHdrFtr().addNewP().set(p);
        }
    }

    /** Left edge of the box on the landscape page, in points: centred on the dash line. */
    static double boxLeftPt() {
        return pt(FOOT_MM - DROP_MM) - BOX_WIDTH_PT / 2;
    }

    /** Top of the box on the landscape page, in points: odd pages end one character short of the 版心's far end. */
    static double boxTopPt(boolean odd) {
        return odd ? pt(BINDING_MM + BLOCK_WIDTH_MM - BOX_LENGTH_MM) - NUMBER_PT : pt(BINDING_MM) + NUMBER_PT;
    }

    static String paragraph(boolean odd) {
        String style = String.format(Locale.ROOT, "position:absolute;margin-left:%.2fpt;margin-top:%.2fpt;width:%.2fpt;"
                        + "height:%.2fpt;z-index:251659264;mso-position-horizontal:absolute;mso-position-horizontal-relative:page;"
                        + "mso-position-vertical:absolute;mso-position-vertical-relative:page",
                boxLeftPt(), boxTopPt(odd), BOX_WIDTH_PT, pt(BOX_LENGTH_MM));
        // the paragraph's content as an XmlBeans fragment (parsed into the footer's own w:p)
        return "<xml-fragment xmlns:w=\"" + W + "\" xmlns:v=\"" + V + "\" xmlns:o=\"" + O + "\">"
                + "<w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>"
                + "<w:ind w:firstLine=\"0\"/></w:pPr>"
                + "<w:r><w:pict>"
                + "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">"
                + "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>"
                + "<v:shape id=\"selfevalPageNumber" + (odd ? "Odd" : "Even") + "\" type=\"#_x0000_t202\" style=\"" + style
                + "\" filled=\"f\" stroked=\"f\">"
                + "<v:textbox style=\"layout-flow:vertical\" inset=\"0,0,0,0\"><w:txbxContent>"
                + "<w:p><w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\""
                + DocxPageSetup.FOOTER_LINE_TWIPS + "\" w:lineRule=\"exact\"/><w:ind w:left=\"0\" w:right=\"0\" w:firstLine=\"0\"/>"
                + "<w:jc w:val=\"" + (odd ? "right" : "left") + "\"/></w:pPr>"
                + run("<w:t xml:space=\"preserve\">\u2014 </w:t>")
                + run("<w:fldChar w:fldCharType=\"begin\"/>")
                + run("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>")
                + run("<w:fldChar w:fldCharType=\"separate\"/>")
                + run("<w:t>" + (odd ? "1" : "2") + "</w:t>")
                + run("<w:fldChar w:fldCharType=\"end\"/>")
                + run("<w:t xml:space=\"preserve\"> \u2014</w:t>")
                + "</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></xml-fragment>";
    }

    private static String run(String content) {
        int half = (int) Math.round(NUMBER_PT * 2);
        return "<w:r><w:rPr><w:rFonts w:ascii=\"" + DocxStyles.LATIN_FACE + "\" w:hAnsi=\"" + DocxStyles.LATIN_FACE
                + "\" w:eastAsia=\"" + DocxStyles.SONG_FACE + "\"/><w:sz w:val=\"" + half + "\"/><w:szCs w:val=\"" + half
                + "\"/></w:rPr>" + content + "</w:r>";
    }

    private static double pt(double mm) {
        return mm * 72 / 25.4;
    }
}
