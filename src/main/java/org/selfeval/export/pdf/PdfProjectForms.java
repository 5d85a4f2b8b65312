package org.selfeval.export.pdf;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.util.List;
import org.selfeval.export.ProjectFormGrid;
import org.selfeval.model.Project;

/** Each project's 项目支出绩效自评表 on its own landscape A4 page(s), ruled, with merged cells. */
final class PdfProjectForms {
    private static final ChineseLineBreaking BREAKING = new ChineseLineBreaking();
    private final Document document;
    private final PdfFonts fonts;

    PdfProjectForms(Document document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    void write(List<Project> projects, int year) {
        PageSize landscape = PageSize.A4.rotate();
        for (Project p : projects) {
            document.getPdfDocument().setDefaultPageSize(landscape);
            document.setMargins(GbtLayout.LANDSCAPE_TOP, GbtLayout.LANDSCAPE_RIGHT, GbtLayout.LANDSCAPE_BOTTOM,
                    GbtLayout.LANDSCAPE_LEFT);
            document.add(new AreaBreak(landscape));
            form(p, year);
        }
    }

    private void form(Project p, int year) {
        document.add(new Paragraph(ProjectFormGrid.FORM_NUMBER).setFont(fonts.body()).setFontSize(GbtLayout.FORM_SIZE)
                .setTextAlignment(TextAlignment.RIGHT).setMargin(0));
        document.add(new Paragraph(ProjectFormGrid.title(year)).setFont(fonts.title()).setFontSize(16)
                .setTextAlignment(TextAlignment.CENTER).setMargin(0).setMarginBottom(6));
        Table table = new Table(ProjectFormGrid.columnWeights()).useAllAvailableWidth();
        ProjectFormGrid grid = ProjectFormGrid.of(p);
        List<ProjectFormGrid.Cell> cells = grid.cells().stream()
                .sorted((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.column(), b.column()))
                .toList();
        for (ProjectFormGrid.Cell c : cells) {
            table.addCell(cell(c));
        }
        document.add(table);
        document.add(new Paragraph(ProjectFormGrid.signatureLine(p)).setFont(fonts.body()).setFontSize(GbtLayout.TABLE_SIZE)
                .setMarginTop(8));
        if (p.dataNote() != null && !p.dataNote().isBlank()) {
            Paragraph note = new Paragraph("说明：" + p.dataNote()).setFont(fonts.body()).setFontSize(GbtLayout.FORM_SIZE)
                    .setMarginTop(4);
            note.setSplitCharacters(BREAKING);
            document.add(note);
        }
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
        return new Cell(c.rowSpan(), c.columnSpan()).add(p).setVerticalAlignment(VerticalAlignment.MIDDLE)
                .setPaddingTop(1.5f).setPaddingBottom(1.5f).setPaddingLeft(2).setPaddingRight(2).setMinHeight(16);
    }
}
