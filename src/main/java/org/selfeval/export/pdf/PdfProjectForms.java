package org.selfeval.export.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.util.List;
import org.selfeval.export.AppendedForm;
import org.selfeval.export.ProjectFormGrid;
import org.selfeval.model.Project;
import org.selfeval.profile.ProjectForm;

/** Each project's 项目支出绩效自评表 on its own landscape A4 page(s), ruled, with merged cells. */
final class PdfProjectForms {
    private static final ChineseLineBreaking BREAKING = new ChineseLineBreaking();
    static final String CONTINUED = ContinuationLines.CONTINUED;
    static final float CONTINUED_SIZE = ContinuationLines.SIZE;
    /** The least height of a row of the form (a cell's, with its padding). */
    private static final float MIN_ROW_HEIGHT = 16;
    private final Document document;
    private final PdfFonts fonts;
    private final ContinuationLines continuations;
    private final FormRule rule = new FormRule();

    PdfProjectForms(Document document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
        this.continuations = ContinuationLines.install(document.getPdfDocument(), fonts.body());
    }

    void write(List<AppendedForm> forms) {
        PageSize landscape = PageSize.A4.rotate();
        for (int i = 0; i < forms.size(); i++) {
            document.getPdfDocument().setDefaultPageSize(landscape);
            document.setMargins(GbtLayout.LANDSCAPE_TOP, GbtLayout.LANDSCAPE_RIGHT, GbtLayout.LANDSCAPE_BOTTOM,
                    GbtLayout.LANDSCAPE_LEFT);
            continuations.begin(forms.get(i).name());
            document.add(new AreaBreak(landscape));
            form(forms.get(i), attachmentLabel(i, forms.size()));
        }
    }

    /** GB/T 9704 §7.4: "附件" and its number (none when there is one) at the top left of the 版心. */
    static String attachmentLabel(int index, int count) {
        return count == 1 ? "附件" : "附件" + (index + 1);
    }

    private void form(AppendedForm form, String label) {
        ProjectFormGrid grid = form.grid();
        float width = document.getPdfDocument().getDefaultPageSize().getWidth() - GbtLayout.LANDSCAPE_LEFT
                - GbtLayout.LANDSCAPE_RIGHT;
        Paragraph head = new Paragraph().addTabStops(new com.itextpdf.layout.element.TabStop(width,
                        com.itextpdf.layout.properties.TabAlignment.RIGHT)).setMargin(0).setFixedLeading(GbtLayout.BODY_SIZE * 1.2f)
                .add(new com.itextpdf.layout.element.Text(label).setFont(fonts.heading(1)).setFontSize(GbtLayout.BODY_SIZE));
        grid.formNumber().ifPresent(number -> head.add(new com.itextpdf.layout.element.Tab())
                .add(new com.itextpdf.layout.element.Text(number).setFont(fonts.body()).setFontSize(GbtLayout.FORM_SIZE)));
        document.add(head);
        for (int t = 0; t < grid.title().size(); t++) {
            boolean last = t == grid.title().size() - 1;
            document.add(new Paragraph(grid.title().get(t)).setFont(t == 0 ? fonts.title() : fonts.body())
                    .setFontSize(t == 0 ? 16 : GbtLayout.TABLE_SIZE).setTextAlignment(TextAlignment.CENTER).setMargin(0)
                    .setMarginBottom(last ? 6 : 0));
        }
        List<ProjectFormGrid.Cell> cells = grid.cells().stream()
                .sorted((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.column(), b.column()))
                .toList();
        int heading = grid.indicatorHeadingRow();
        Table top = formTable(grid);
        Table indicators = formTable(grid);
        for (ProjectFormGrid.Cell c : cells) {
            if (c.row() < heading) {
                top.addCell(cell(c));
            } else if (c.row() > heading) {
                indicators.addCell(cell(c).setKeepTogether(c.rowSpan() == 1));
            } else if (c.column() == 0 && c.rowSpan() > 1) {
                labelOverRows(indicators, c);
            } else {
                indicators.addHeaderCell(cell(c));
            }
        }
        RuledTableRenderer.install(top, rule);
        RuledTableRenderer.install(indicators, rule);
        document.add(top);
        // the signature line and the note never stand alone on a page under a continuation header
        indicators.setKeepWithNext(true);
        com.itextpdf.layout.element.Div tail = new com.itextpdf.layout.element.Div().setKeepTogether(true);
        grid.signatureLine().ifPresent(line -> tail.add(new Paragraph(line).setFont(fonts.body())
                .setFontSize(GbtLayout.TABLE_SIZE).setMarginTop(8)));
        if (!form.note().isBlank()) {
            Paragraph note = new Paragraph("说明：" + form.note()).setFont(fonts.body()).setFontSize(GbtLayout.FORM_SIZE)
                    .setMarginTop(4);
            note.setSplitCharacters(BREAKING);
            tail.add(note);
        }
        long rows = cells.stream().mapToInt(ProjectFormGrid.Cell::row).filter(r -> r >= heading).distinct().count();
        if (SparseContinuation.startsOnFreshPage(document, rows * MIN_ROW_HEIGHT, indicators, tail)) {
            document.add(new AreaBreak(document.getPdfDocument().getDefaultPageSize()));
        }
        document.add(indicators);
        document.add(tail);
    }

    /** Both parts of the form share the grid's fixed column widths so that their rules line up. */
    private static Table formTable(ProjectFormGrid grid) {
        return new Table(UnitValue.createPercentArray(grid.columnWeights())).useAllAvailableWidth().setFixedLayout();
    }

    /**
     * The block label spanning the heading row and the indicator rows: the heading row's part is an
     * open header cell (repeated on each page with the headings), the label sits in the rows below.
     */
    private void labelOverRows(Table table, ProjectFormGrid.Cell c) {
        ProjectFormGrid.Cell head = new ProjectFormGrid.Cell(c.row(), 0, 1, 1, "", c.style());
        ProjectFormGrid.Cell rest = new ProjectFormGrid.Cell(c.row() + 1, 0, c.rowSpan() - 1, 1, c.text(), c.style());
        table.addHeaderCell(cell(head).setBorderBottom(Border.NO_BORDER));
        table.addCell(cell(rest).setBorderTop(Border.NO_BORDER));
    }

    private Cell cell(ProjectFormGrid.Cell c) {
        boolean bold = c.style() == ProjectFormGrid.Style.LABEL || c.style() == ProjectFormGrid.Style.HEADER;
        TextAlignment align = switch (c.style()) {
            case LABEL, HEADER, CENTER -> TextAlignment.CENTER;
            case NUMBER -> TextAlignment.RIGHT;
            case TEXT -> TextAlignment.LEFT;
        };
        Paragraph p = new Paragraph(c.text()).setFont(bold ? fonts.heading(1) : fonts.body())
                .setFontSize(GbtLayout.FORM_SIZE).setMultipliedLeading(1.15f).setMargin(0).setTextAlignment(align);
        p.setSplitCharacters(BREAKING);
        return new Cell(c.rowSpan(), c.columnSpan()).add(p).setBorder(rule).setVerticalAlignment(VerticalAlignment.MIDDLE)
                .setPaddingTop(1.5f).setPaddingBottom(1.5f).setPaddingLeft(2).setPaddingRight(2).setMinHeight(MIN_ROW_HEIGHT);
    }
}
