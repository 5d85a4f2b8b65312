package org.selfeval.export.docx;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A4 with the GB/T 9704 margins (上37 下35 左28 右26 mm), a grid of 22 lines, 28 characters a line
 * (the body's characters narrowed by 0.25 pt, {@link DocxStyles#CHARACTER_SPACING}: 28 × 15.75 pt fit
 * the 156 mm line in Word, WPS and LibreOffice; a linesAndChars grid of 15.79 pt cells makes
 * LibreOffice give every 16 pt character two cells, 14 a line), and page numbers
 * "— N —" in 4号宋体: odd pages right, even pages left, one character in, the dash line about 7 mm
 * below the 版心. The 自评表 follow in a landscape section with the portrait 版心 turned (§8), whose
 * numbers {@link DocxLandscapePageNumbers} places on the table's left side.
 */
final class DocxPageSetup {
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    /** The 156 mm line in twips. */
    static final int BLOCK_WIDTH = 8844;
    static final int CHARS_PER_LINE = 28;
    /** Footer distance from the page's foot: its one 14 pt line (exact 18 pt) puts the dash about 7 mm under the 版心. */
    static final double FOOTER_MM = 25.6;
    /** Footer line pitch in twips. */
    static final int FOOTER_LINE_TWIPS = 360;

    private DocxPageSetup() {
    }

    static int mm(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    static void portrait(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        size(sect, A4_WIDTH, A4_HEIGHT, false);
        margins(sect, 37, 35, 28, 26, FOOTER_MM);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(DocxStyles.LINE_TWIPS));
        doc.setEvenAndOddHeadings(true);
        footer(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT, "1");
        footer(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT, "2");
    }

    /**
     * Ends the portrait section at the given paragraph (a copy of the body's settings moves into it) and
     * turns the last section, which holds the 自评表, to landscape.
     */
    static void breakToLandscape(XWPFDocument doc, XWPFParagraph lastPortrait) {
        CTSectPr body = doc.getDocument().getBody().getSectPr();
        (lastPortrait.getCTP().isSetPPr() ? lastPortrait.getCTP().getPPr() : lastPortrait.getCTP().addNewPPr())
                .setSectPr((CTSectPr) body.copy());
        size(body, A4_HEIGHT, A4_WIDTH, true);
        if (body.isSetDocGrid()) {
            body.unsetDocGrid();
        }
        // the portrait 版心 turned: the table's head at the binding edge (28 mm), its left side at the foot (35 mm)
        margins(body, 28, 26, 35, 37, 12);
    }

    private static void size(CTSectPr sect, int w, int h, boolean landscape) {
        CTPageSz sz = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        sz.setW(BigInteger.valueOf(w));
        sz.setH(BigInteger.valueOf(h));
        sz.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
    }

    private static void margins(CTSectPr sect, double top, double bottom, double left, double right, double footer) {
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(mm(top)));
        mar.setBottom(BigInteger.valueOf(mm(bottom)));
        mar.setLeft(BigInteger.valueOf(mm(left)));
        mar.setRight(BigInteger.valueOf(mm(right)));
        mar.setHeader(BigInteger.valueOf(mm(15)));
        mar.setFooter(BigInteger.valueOf(mm(footer)));
        mar.setGutter(BigInteger.ZERO);
    }

    /** "— N —" with the PAGE field and its cached result, so WPS shows a number before it updates fields. */
    private static void footer(XWPFFooter footer, ParagraphAlignment align, String cached) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(align);
        p.setIndentationFirstLine(0);
        p.setSpacingBetween(FOOTER_LINE_TWIPS / 20.0, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        ppr.addNewSnapToGrid().setVal(Boolean.FALSE);
        if (align == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(280);
        } else {
            p.setIndentationLeft(280);
        }
        DocxStyles.run(p, "\u2014 ", DocxStyles.SONG_FACE, 14);
        DocxStyles.run(p, "", DocxStyles.SONG_FACE, 14).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        DocxStyles.run(p, "", DocxStyles.SONG_FACE, 14).getCTR().addNewInstrText().setStringValue(" PAGE ");
        DocxStyles.run(p, "", DocxStyles.SONG_FACE, 14).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        DocxStyles.run(p, cached, DocxStyles.SONG_FACE, 14);
        DocxStyles.run(p, "", DocxStyles.SONG_FACE, 14).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        DocxStyles.run(p, " \u2014", DocxStyles.SONG_FACE, 14);
    }
}
