package org.selfeval.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/** Opens a DOCX and reads its formatting as Word resolves it: the run, its paragraph's style chain, the document defaults. */
final class DocxXml {
    private DocxXml() {
    }

    static XWPFDocument open(java.nio.file.Path file) throws java.io.IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    /** The body's (portrait) section's footers: the last section, the landscape 自评表, has its own. */
    static org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy portraitFooters(XWPFDocument doc) {
        var sect = doc.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                .reduce((a, b) -> b).map(p -> p.getCTP().getPPr().getSectPr())
                .orElse(doc.getDocument().getBody().getSectPr());
        return new org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy(doc, sect);
    }

    static String eastAsiaFace(XWPFDocument doc, XWPFParagraph p, XWPFRun r) throws Exception {
        String direct = r.getFontFamily(XWPFRun.FontCharRange.eastAsia);
        if (direct != null) {
            return direct;
        }
        for (XWPFStyle st = doc.getStyles().getStyle(p.getStyle() == null ? "Normal" : p.getStyle()); st != null;
                st = st.getCTStyle().isSetBasedOn() ? doc.getStyles().getStyle(st.getCTStyle().getBasedOn().getVal()) : null) {
            CTRPr rpr = st.getCTStyle().getRPr();
            if (rpr != null && rpr.sizeOfRFontsArray() > 0 && rpr.getRFontsArray(0).getEastAsia() != null) {
                return rpr.getRFontsArray(0).getEastAsia();
            }
        }
        return defaultEastAsia(doc);
    }

    static String defaultEastAsia(XWPFDocument doc) throws Exception {
        var d = doc.getStyle().getDocDefaults();
        return d == null || !d.isSetRPrDefault() || d.getRPrDefault().getRPr().sizeOfRFontsArray() == 0 ? null
                : d.getRPrDefault().getRPr().getRFontsArray(0).getEastAsia();
    }
}
