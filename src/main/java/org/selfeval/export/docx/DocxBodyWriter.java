package org.selfeval.export.docx;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.selfeval.charts.ChartData;
import org.selfeval.document.AuditAppendix;
import org.selfeval.document.Block;
import org.selfeval.document.ChartBlock;
import org.selfeval.document.Heading;
import org.selfeval.document.Paragraph;
import org.selfeval.document.ReportDocument;
import org.selfeval.document.Table;
import org.selfeval.model.Percent;

/** The report body in Word: title, heading styles, body paragraphs in the Normal style, tables, charts as Word charts. */
final class DocxBodyWriter {
    /** The 156 mm text block in twips. */
    private static final int BLOCK_WIDTH = 8844;
    private final XWPFDocument doc;
    private final DocxCharts charts;

    DocxBodyWriter(XWPFDocument doc) {
        this.doc = doc;
        this.charts = new DocxCharts(doc);
    }

    /**
     * Writes the body, its 附件 line, 署名 and date, then the 审核说明 appendix (if any) from a new
     * page, and returns the last paragraph (where the portrait section ends).
     */
    XWPFParagraph write(ReportDocument report) {
        title(report.title());
        List<Block> blocks = report.blocks();
        int appendix = AuditAppendix.start(blocks);
        blocks(blocks.subList(0, appendix));
        if (!doc.getParagraphs().isEmpty() && (!report.attachments().isEmpty() || !report.signature().isEmpty())) {
            keepNext(doc.getParagraphs().get(doc.getParagraphs().size() - 1));
        }
        attachments(report.attachments());
        XWPFParagraph last = signature(report.signature(), report.date());
        if (appendix < blocks.size()) {
            int first = doc.getParagraphs().size();
            blocks(blocks.subList(appendix, blocks.size()));
            doc.getParagraphs().get(first).setPageBreak(true);
            last = doc.getParagraphs().get(doc.getParagraphs().size() - 1);
        }
        return last;
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                heading(h);
            } else if (block instanceof Paragraph p) {
                paragraph(p);
            } else if (block instanceof Table t) {
                table(t.caption(), t.header(), t.rows(), t.numericColumns());
            } else if (block instanceof ChartBlock c) {
                chart(c.chart());
            }
        }
    }

    private void title(String title) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("ReportTitle");
        p.setSpacingAfter(DocxStyles.LINE_TWIPS);
        int year = firstYear(title);
        if (year > 0 && title.length() > 22) {
            DocxStyles.plain(p, title.substring(0, year)).addBreak();
            DocxStyles.plain(p, title.substring(year));
        } else {
            DocxStyles.plain(p, title);
        }
    }

    private static int firstYear(String s) {
        for (int i = 0; i + 4 <= s.length(); i++) {
            if (s.substring(i, i + 4).chars().allMatch(Character::isDigit)) {
                return i;
            }
        }
        return -1;
    }

    private void heading(Heading h) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + h.level());
        DocxStyles.plain(p, h.text());
    }

    /**
     * A body paragraph takes everything from the Normal style. One opened by a run-in heading
     * ("（一）评价结论。…") is a Heading paragraph, so the heading is in the navigation pane; its text
     * after the heading is in the body face, and it is not kept with the next paragraph.
     */
    private void paragraph(Paragraph para) {
        XWPFParagraph p = bodyParagraph();
        if (para.runIn() != null) {
            p.setStyle("Heading" + para.runIn().level());
            var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            ppr.addNewKeepNext().setVal(false);
            DocxStyles.plain(p, para.runIn().text());
            DocxStyles.run(p, para.text(), DocxStyles.BODY_FACE, 16);
        } else {
            DocxStyles.plain(p, para.text());
        }
    }

    private XWPFParagraph bodyParagraph() {
        return doc.createParagraph();
    }

    private void table(String caption, List<String> header, List<List<String>> rows, List<Integer> numeric) {
        if (!caption.isEmpty()) {
            XWPFParagraph c = doc.createParagraph();
            c.setAlignment(ParagraphAlignment.CENTER);
            c.setKeepNext(true);
            DocxStyles.run(c, caption, DocxStyles.HEI_FACE, 14);
        }
        XWPFTable table = doc.createTable(rows.size() + 1, Math.max(1, header.size()));
        CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(BLOCK_WIDTH));
        int[] widths = columnWidths(header, rows);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < row.getTableCells().size() && c < widths.length; c++) {
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
        }
        fill(table.getRow(0), header, List.of(), true);
        table.getRow(0).setRepeatHeader(true);
        table.getRows().forEach(r -> r.setCantSplitRow(true));
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), numeric, false);
        }
        bodyParagraph().setIndentationFirstLine(0);
    }

    /** Column widths (twips) over the 156 mm block, in proportion to each column's longest text. */
    private static int[] columnWidths(List<String> header, List<List<String>> rows) {
        int n = Math.max(1, header.size());
        double[] weight = new double[n];
        for (int c = 0; c < n; c++) {
            weight[c] = Math.max(4, length(c < header.size() ? header.get(c) : ""));
            for (List<String> row : rows) {
                weight[c] = Math.max(weight[c], length(c < row.size() ? row.get(c) : ""));
            }
            weight[c] = Math.min(weight[c], 40);
        }
        double sum = java.util.Arrays.stream(weight).sum();
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            widths[c] = (int) Math.round(BLOCK_WIDTH * weight[c] / sum);
        }
        return widths;
    }

    private static int length(String s) {
        return s.codePoints().map(cp -> cp < 0x2E80 ? 1 : 2).sum();
    }

    private static void fill(XWPFTableRow row, List<String> texts, List<Integer> numeric, boolean header) {
        for (int c = 0; c < row.getTableCells().size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            XWPFParagraph p = cell.getParagraphs().get(0);
            DocxStyles.cell(p);
            p.setAlignment(header ? ParagraphAlignment.CENTER : numeric.contains(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            DocxStyles.run(p, c < texts.size() ? texts.get(c) : "", header ? DocxStyles.HEI_FACE : DocxStyles.BODY_FACE, 12);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        }
    }

    private void chart(ChartData chart) {
        charts.add(chart);
    }

    /**
     * "附件：1.…" with every line of a name under its first character and "2." under "1.": a hanging
     * indent in whole grid characters (a half-width "1." counts one).
     */
    private void attachments(List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        keepNext(bodyParagraph());
        int ch = DocxStyles.INDENT_TWIPS / 2;
        for (int i = 0; i < names.size(); i++) {
            XWPFParagraph p = keepNext(bodyParagraph());
            String number = names.size() == 1 ? "" : (i + 1) + ".";
            int leadChars = (i == 0 ? 3 : 0) + (number.isEmpty() ? 0 : 1);
            p.setAlignment(ParagraphAlignment.LEFT);
            p.setIndentationLeft(2 * ch + 3 * ch + (number.isEmpty() ? 0 : ch));
            p.setIndentationHanging(leadChars * ch);
            DocxStyles.plain(p, (i == 0 ? "附件：" : "") + number + names.get(i));
        }
    }

    /** Keeps a paragraph of the closing block on the page of the next, so the 署名 is never alone. */
    private static XWPFParagraph keepNext(XWPFParagraph p) {
        if (!p.getCTP().isSetPPr()) {
            p.getCTP().addNewPPr();
        }
        p.setKeepNext(true);
        return p;
    }

    /** 署名 right with two characters' space, the date below it two characters further right. */
    private XWPFParagraph signature(String signature, LocalDate date) {
        XWPFParagraph last = bodyParagraph();
        if (signature.isEmpty() && date == null) {
            return last;
        }
        keepNext(last);
        last = keepNext(bodyParagraph());
        if (!signature.isEmpty()) {
            last = bodyParagraph();
            if (date != null) {
                keepNext(last);
            }
            last.setIndentationFirstLine(0);
            last.setAlignment(ParagraphAlignment.RIGHT);
            last.setIndentationRight(DocxStyles.INDENT_TWIPS);
            DocxStyles.plain(last, signature);
        }
        if (date != null) {
            String text = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            double sigChars = signature.codePoints().mapToDouble(cp -> cp < 0x2E80 ? 0.5 : 1).sum();
            double dateChars = text.codePoints().mapToDouble(cp -> cp < 0x2E80 ? 0.5 : 1).sum();
            double rightChars = signature.isEmpty() ? 4 : Math.max(0, 2 + sigChars - 2 - dateChars);
            last = bodyParagraph();
            last.setIndentationFirstLine(0);
            last.setAlignment(ParagraphAlignment.RIGHT);
            last.setIndentationRight((int) Math.round(rightChars * 320));
            DocxStyles.plain(last, text);
        }
        return last;
    }
}
