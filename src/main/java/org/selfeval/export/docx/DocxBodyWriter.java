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

/** The report body in Word: title, heading styles, body paragraphs, tables, charts as tables of figures. */
final class DocxBodyWriter {
    /** The 156 mm text block in twips. */
    private static final int BLOCK_WIDTH = 8844;
    private final XWPFDocument doc;

    DocxBodyWriter(XWPFDocument doc) {
        this.doc = doc;
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
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(DocxStyles.LINE_TWIPS);
        int year = firstYear(title);
        if (year > 0 && title.length() > 22) {
            DocxStyles.run(p, title.substring(0, year), DocxStyles.TITLE_FACE, 22).addBreak();
            DocxStyles.run(p, title.substring(year), DocxStyles.TITLE_FACE, 22);
        } else {
            DocxStyles.run(p, title, DocxStyles.TITLE_FACE, 22);
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
        DocxStyles.body(p);
        DocxStyles.run(p, h.text(), DocxStyles.headingFace(h.level()), 16);
    }

    private void paragraph(Paragraph para) {
        XWPFParagraph p = bodyParagraph();
        if (para.runIn() != null) {
            DocxStyles.run(p, para.runIn().text(), DocxStyles.headingFace(para.runIn().level()), 16);
        }
        DocxStyles.run(p, para.text(), DocxStyles.BODY_FACE, 16);
    }

    private XWPFParagraph bodyParagraph() {
        XWPFParagraph p = doc.createParagraph();
        DocxStyles.body(p);
        return p;
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

    /** A chart as a table of its figures (a pie also gets each share). */
    private void chart(ChartData chart) {
        List<String> header = new ArrayList<>();
        header.add("项目");
        chart.series().forEach(s -> header.add(s.name() + "（" + chart.unit() + "）"));
        boolean pie = chart.kind() == ChartData.Kind.PIE && chart.series().size() == 1;
        if (pie) {
            header.add("占比（%）");
        }
        BigDecimal total = pie ? chart.series().get(0).values().stream().filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add) : BigDecimal.ZERO;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numeric = new ArrayList<>();
        for (int i = 1; i < header.size(); i++) {
            numeric.add(i);
        }
        for (int i = 0; i < chart.categories().size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(chart.categories().get(i));
            for (ChartData.Series s : chart.series()) {
                BigDecimal v = i < s.values().size() ? s.values().get(i) : null;
                row.add(v == null ? "" : v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
            }
            if (pie) {
                BigDecimal v = chart.series().get(0).values().get(i);
                row.add(Percent.rounded(v, total).map(BigDecimal::toPlainString).orElse(""));
            }
            rows.add(row);
        }
        table(chart.title(), header, rows, numeric);
    }

    private void attachments(List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        bodyParagraph();
        for (int i = 0; i < names.size(); i++) {
            XWPFParagraph p = bodyParagraph();
            String text = names.size() == 1 ? names.get(0) : (i + 1) + "." + names.get(i);
            if (i == 0) {
                DocxStyles.run(p, "附件：" + text, DocxStyles.BODY_FACE, 16);
            } else {
                p.setIndentationFirstLine(0);
                p.setIndentationLeft(DocxStyles.INDENT_TWIPS + 3 * 320);
                DocxStyles.run(p, text, DocxStyles.BODY_FACE, 16);
            }
        }
    }

    /** 署名 right with two characters' space, the date below it two characters further right. */
    private XWPFParagraph signature(String signature, LocalDate date) {
        XWPFParagraph last = bodyParagraph();
        if (signature.isEmpty() && date == null) {
            return last;
        }
        last = bodyParagraph();
        if (!signature.isEmpty()) {
            last = bodyParagraph();
            last.setIndentationFirstLine(0);
            last.setAlignment(ParagraphAlignment.RIGHT);
            last.setIndentationRight(DocxStyles.INDENT_TWIPS);
            DocxStyles.run(last, signature, DocxStyles.BODY_FACE, 16);
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
            DocxStyles.run(last, text, DocxStyles.BODY_FACE, 16);
        }
        return last;
    }
}
