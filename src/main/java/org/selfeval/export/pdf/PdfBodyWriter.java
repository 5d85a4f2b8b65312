package org.selfeval.export.pdf;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.time.LocalDate;
import java.util.List;
import org.selfeval.document.AuditAppendix;
import org.selfeval.document.Block;
import org.selfeval.document.ChartBlock;
import org.selfeval.document.Heading;
import org.selfeval.document.ReportDocument;
import org.selfeval.document.Table;

/**
 * Lays out the report body on the portrait pages: title, headings, paragraphs, ruled tables, charts,
 * the 附件 line, the signature and the date, in GB/T 9704 faces and grid.
 */
final class PdfBodyWriter {
    private static final ChineseLineBreaking BREAKING = new ChineseLineBreaking();
    private static final String ATTACHMENT_LABEL = "附件：";

    private final Document document;
    private final PdfFonts fonts;
    private final PdfChartDrawer charts;
    private final PdfBookmarks bookmarks;
    /** The last element of the body, not yet added (Image is not a block element, hence Object). */
    private Object pending;

    PdfBodyWriter(Document document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
        this.charts = new PdfChartDrawer(document.getPdfDocument(), fonts);
        this.bookmarks = new PdfBookmarks(document.getPdfDocument());
    }

    /** The body, its 附件 line, 署名 and date; then the 审核说明 appendix, if any, from a new page. */
    void write(ReportDocument doc) {
        title(doc.title());
        List<Block> blocks = doc.blocks();
        int appendix = AuditAppendix.start(blocks);
        blocks(blocks.subList(0, appendix));
        // the 附件 line, 署名 and date stay together, and with the last paragraph of the body
        Div tail = new Div().setKeepTogether(true);
        attachments(tail, doc.attachments());
        signature(tail, doc.signature(), doc.date());
        if (!tail.getChildren().isEmpty() && pending != null) {
            ((com.itextpdf.layout.IPropertyContainer) pending).setProperty(com.itextpdf.layout.properties.Property.KEEP_WITH_NEXT, true);
        }
        flush();
        if (!tail.getChildren().isEmpty()) {
            document.add(tail);
        }
        if (appendix < blocks.size()) {
            document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
            blocks(blocks.subList(appendix, blocks.size()));
            flush();
        }
    }

    /** Adds the element held back (the body's last may yet be kept with the signature) and holds this one. */
    private void add(IBlockElement element) {
        flush();
        pending = element;
    }

    private void flush() {
        if (pending instanceof Image image) {
            document.add(image);
        } else if (pending instanceof IBlockElement block) {
            document.add(block);
        }
        pending = null;
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                heading(h);
            } else if (block instanceof org.selfeval.document.Paragraph p) {
                paragraph(p);
            } else if (block instanceof Table t) {
                table(t);
            } else if (block instanceof ChartBlock c) {
                chart(c);
            }
        }
    }

    private void title(String title) {
        Paragraph p = new Paragraph(new Text(TitleLines.arrange(title, fonts.title(), GbtLayout.TITLE_SIZE)))
                .setFont(fonts.title()).setFontSize(GbtLayout.TITLE_SIZE)
                .setTextAlignment(TextAlignment.CENTER).setFixedLeading(GbtLayout.LEADING * 1.25f)
                .setMargin(0).setMarginBottom(GbtLayout.LEADING);
        p.setSplitCharacters(BREAKING);
        document.add(p);
    }

    private void heading(Heading h) {
        keepRoom(3 * GbtLayout.LEADING);
        Paragraph p = bodyParagraph().add(new Text(h.text()).setFont(fonts.heading(h.level())));
        p.setDestination(bookmarks.add(h.level(), h.text()));
        add(p);
    }

    /**
     * Starts a new page when less than the given height is left, so a heading or a table caption never
     * ends a page alone (iText's keep-with-next would try to keep the whole next block).
     */
    private void keepRoom(float height) {
        flush();
        LayoutArea area = document.getRenderer().getCurrentArea();
        if (area != null && area.getBBox().getHeight() < height
                && area.getBBox().getHeight() < GbtLayout.BLOCK_HEIGHT - GbtLayout.LEADING) {
            document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
        }
    }

    private void paragraph(org.selfeval.document.Paragraph para) {
        Paragraph p = bodyParagraph();
        if (para.runIn() != null) {
            p.add(new Text(para.runIn().text()).setFont(fonts.heading(para.runIn().level())));
        }
        p.add(new Text(para.text()));
        add(LoneCharacter.pullBack(p, document));
    }

    private Paragraph bodyParagraph() {
        Paragraph p = new Paragraph().setFont(fonts.body()).setFontSize(GbtLayout.BODY_SIZE)
                .setFixedLeading(GbtLayout.LEADING).setFirstLineIndent(GbtLayout.INDENT)
                .setCharacterSpacing(GbtLayout.CHAR_SPACING).setTextAlignment(TextAlignment.JUSTIFIED)
                .setMargin(0);
        p.setSplitCharacters(BREAKING);
        return p;
    }

    private void table(Table t) {
        keepRoom(4 * GbtLayout.LEADING);
        if (!t.caption().isEmpty()) {
            add(new Paragraph(t.caption()).setFont(fonts.heading(1)).setFontSize(GbtLayout.PAGE_NUMBER_SIZE)
                    .setTextAlignment(TextAlignment.CENTER).setFixedLeading(GbtLayout.LEADING).setMargin(0));
        }
        int columns = Math.max(1, t.header().size());
        com.itextpdf.layout.element.Table table = new com.itextpdf.layout.element.Table(
                UnitValue.createPercentArray(columnWeights(t, columns))).useAllAvailableWidth();
        for (String h : t.header()) {
            table.addHeaderCell(cell(h, fonts.heading(1), TextAlignment.CENTER));
        }
        for (List<String> row : t.rows()) {
            for (int c = 0; c < columns; c++) {
                String text = c < row.size() ? row.get(c) : "";
                TextAlignment align = t.numericColumns().contains(c) ? TextAlignment.RIGHT : TextAlignment.LEFT;
                table.addCell(cell(text, fonts.body(), align));
            }
        }
        table.setMarginBottom(GbtLayout.LEADING / 2);
        add(table);
    }

    /** Relative column widths from the longest text in each column (CJK counts double), at least 4. */
    static float[] columnWeights(Table t, int columns) {
        float[] weights = new float[columns];
        for (int c = 0; c < columns; c++) {
            weights[c] = Math.max(4, displayLength(c < t.header().size() ? t.header().get(c) : ""));
            for (List<String> row : t.rows()) {
                weights[c] = Math.max(weights[c], displayLength(c < row.size() ? row.get(c) : ""));
            }
            weights[c] = Math.min(weights[c], 40);
        }
        return weights;
    }

    private static int displayLength(String s) {
        return s.codePoints().map(cp -> cp < 0x2E80 ? 1 : 2).sum();
    }

    private static Cell cell(String text, PdfFont font, TextAlignment align) {
        Paragraph p = new Paragraph(text).setFont(font).setFontSize(GbtLayout.TABLE_SIZE).setMargin(0)
                .setMultipliedLeading(1.2f).setTextAlignment(align);
        p.setSplitCharacters(BREAKING);
        return new Cell().add(p).setVerticalAlignment(VerticalAlignment.MIDDLE).setPadding(3);
    }

    private void chart(ChartBlock c) {
        Image image = charts.draw(c.chart());
        image.setHorizontalAlignment(HorizontalAlignment.CENTER).setMarginBottom(GbtLayout.LEADING / 2);
        flush();
        pending = image;
    }

    private void attachments(Div tail, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        tail.add(bodyParagraph().add(new Text("\u00a0")));
        float label = GbtLayout.INDENT + width(ATTACHMENT_LABEL);
        for (int i = 0; i < names.size(); i++) {
            String number = names.size() == 1 ? "" : (i + 1) + ".";
            // every line of a name starts under the name's first character; "2." under "1."
            float nameLeft = label + width(number);
            String lead = (i == 0 ? ATTACHMENT_LABEL : "") + number;
            // the lead keeps the grid's spacing when a lone character is pulled back into the name
            Paragraph p = bodyParagraph().setTextAlignment(TextAlignment.LEFT).setMarginLeft(nameLeft)
                    .setFirstLineIndent(-width(lead))
                    .add(new Text(lead).setCharacterSpacing(GbtLayout.CHAR_SPACING)).add(new Text(names.get(i)));
            tail.add(LoneCharacter.pullBack(p, document));
        }
    }

    /** 署名 right-indented two characters, the date on the next line two characters further right. */
    private void signature(Div tail, String signature, LocalDate date) {
        if (signature.isEmpty() && date == null) {
            return;
        }
        float ch = GbtLayout.BODY_SIZE + GbtLayout.CHAR_SPACING;
        tail.add(bodyParagraph().add(new Text("\u00a0")));
        tail.add(bodyParagraph().add(new Text("\u00a0")));
        float signatureLeft = GbtLayout.BLOCK_WIDTH - 2 * ch - width(signature);
        if (!signature.isEmpty()) {
            tail.add(bodyParagraph().setFirstLineIndent(0).setTextAlignment(TextAlignment.LEFT)
                    .setMarginLeft(Math.max(0, signatureLeft)).add(new Text(signature)));
        }
        if (date != null) {
            String text = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            float left = signature.isEmpty() ? GbtLayout.BLOCK_WIDTH - 4 * ch - width(text) : signatureLeft + 2 * ch;
            left = Math.min(left, GbtLayout.BLOCK_WIDTH - width(text) - 1);
            tail.add(bodyParagraph().setFirstLineIndent(0).setTextAlignment(TextAlignment.LEFT)
                    .setMarginLeft(Math.max(0, left)).add(new Text(text)));
        }
    }

    private float width(String text) {
        return fonts.body().getWidth(text, GbtLayout.BODY_SIZE) + text.codePointCount(0, text.length()) * GbtLayout.CHAR_SPACING;
    }
}
