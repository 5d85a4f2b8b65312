package org.selfeval.export.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word styles in GB/T 9704 faces: document defaults and the Normal style carry the body (3号仿宋, exact
 * 28.95 pt lines, two characters' indent, justified), so body paragraphs need no direct formatting;
 * Heading1..4 (based on Normal) with outline levels 0..3 so the navigation pane and a table of
 * contents work; a title style; helpers to set East-Asian fonts on runs.
 */
final class DocxStyles {
    static final String TITLE_FACE = "方正小标宋简体";
    static final String BODY_FACE = "仿宋";
    static final String HEI_FACE = "黑体";
    static final String KAI_FACE = "楷体";
    static final String SONG_FACE = "宋体";
    static final String LATIN_FACE = "Times New Roman";
    /** 3号 in half-points. */
    static final int BODY_HALF_POINTS = 32;
    /** Fixed line pitch 28.95 pt in twentieths of a point. */
    static final int LINE_TWIPS = 579;
    /**
     * Character spacing of the body, in twentieths of a point (紧缩 0.25 磅): 28 characters of 16 pt
     * narrowed by 0.25 pt (441 pt) fit the 156 mm (442.2 pt) line; without it a line holds 27.
     */
    static final int CHARACTER_SPACING = -5;
    /** Two 3号 characters. */
    static final int INDENT_TWIPS = 640;

    private DocxStyles() {
    }

    static void install(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles ct =
                org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles.Factory.newInstance();
        defaults(ct.addNewDocDefaults());
        styles.setStyles(ct);
        styles.addStyle(normal());
        styles.addStyle(paragraphStyle("ReportTitle", "Report Title", -1, TITLE_FACE, 44));
        styles.addStyle(paragraphStyle("Heading1", "heading 1", 0, HEI_FACE, BODY_HALF_POINTS));
        styles.addStyle(paragraphStyle("Heading2", "heading 2", 1, KAI_FACE, BODY_HALF_POINTS));
        styles.addStyle(paragraphStyle("Heading3", "heading 3", 2, BODY_FACE, BODY_HALF_POINTS));
        styles.addStyle(paragraphStyle("Heading4", "heading 4", 3, BODY_FACE, BODY_HALF_POINTS));
    }

    /** Face of a heading level: 1 黑体, 2 楷体, 3 and 4 仿宋. */
    static String headingFace(int level) {
        return switch (level) {
            case 1 -> HEI_FACE;
            case 2 -> KAI_FACE;
            default -> BODY_FACE;
        };
    }

    /** 3号仿宋 with Times New Roman for Latin letters and digits, Chinese language, no spacing around paragraphs. */
    private static void defaults(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults d) {
        CTRPr rpr = d.addNewRPrDefault().addNewRPr();
        fonts(rpr.addNewRFonts(), BODY_FACE);
        rpr.addNewSz().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
        var lang = rpr.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("zh-CN");
        CTSpacing spacing = d.addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
    }

    /** The body paragraph: exact 22-line pitch, 左空二字, justified. */
    private static XWPFStyle normal() {
        CTStyle st = CTStyle.Factory.newInstance();
        st.setStyleId("Normal");
        st.setType(STStyleType.PARAGRAPH);
        st.setDefault(true);
        st.addNewName().setVal("Normal");
        st.addNewQFormat();
        CTPPrGeneral ppr = st.addNewPPr();
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(LINE_TWIPS));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        ppr.addNewInd().setFirstLine(BigInteger.valueOf(INDENT_TWIPS));
        ppr.addNewJc().setVal(STJc.BOTH);
        CTRPr rpr = st.addNewRPr();
        fonts(rpr.addNewRFonts(), BODY_FACE);
        rpr.addNewSpacing().setVal(BigInteger.valueOf(CHARACTER_SPACING));
        rpr.addNewSz().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
        return new XWPFStyle(st);
    }

    private static XWPFStyle paragraphStyle(String id, String name, int outlineLevel, String face, int halfPoints) {
        CTStyle st = CTStyle.Factory.newInstance();
        st.setStyleId(id);
        st.setType(STStyleType.PARAGRAPH);
        st.addNewName().setVal(name);
        st.addNewBasedOn().setVal("Normal");
        st.addNewNext().setVal("Normal");
        st.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel < 0 ? 10 : 9));
        st.addNewQFormat();
        CTPPrGeneral ppr = st.addNewPPr();
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        if (outlineLevel >= 0) {
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            spacing.setLine(BigInteger.valueOf(LINE_TWIPS));
            spacing.setLineRule(STLineSpacingRule.EXACT);
            ppr.addNewInd().setFirstLine(BigInteger.valueOf(INDENT_TWIPS));
        } else {
            ppr.addNewJc().setVal(STJc.CENTER);
            ppr.addNewInd().setFirstLine(BigInteger.ZERO);
            spacing.setLine(BigInteger.valueOf(LINE_TWIPS * 5 / 4));
            spacing.setLineRule(STLineSpacingRule.EXACT);
        }
        CTRPr rpr = st.addNewRPr();
        fonts(rpr.addNewRFonts(), face);
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        return new XWPFStyle(st);
    }

    private static void fonts(CTFonts f, String face) {
        f.setEastAsia(face);
        f.setAscii(LATIN_FACE);
        f.setHAnsi(LATIN_FACE);
        f.setCs(LATIN_FACE);
        f.setHint(org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint.EAST_ASIA);
    }

    /** A run that takes its face and size from its paragraph's style. */
    static XWPFRun plain(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        r.setText(text);
        return r;
    }

    /** A run in a Chinese face (eastAsia) with Latin digits in Times New Roman. */
    static XWPFRun run(XWPFParagraph p, String text, String face, double points) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(face, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(LATIN_FACE, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(LATIN_FACE, XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(points);
        return r;
    }

    /** A paragraph inside a table cell: single spacing, not snapped to the 22-line page grid. */
    static void cell(XWPFParagraph p) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (!ppr.isSetSnapToGrid()) {
            ppr.addNewSnapToGrid().setVal(Boolean.FALSE);
        }
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0);
        p.setIndentationFirstLine(0);
    }


}
