package org.selfeval.export.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.selfeval.export.AppendedForm;
import org.selfeval.export.ProjectFormGrid;
import org.selfeval.model.Project;
import org.selfeval.profile.ProjectForm;

/** Each project's 自评表 as a Word table with merged cells (gridSpan / vMerge), in the landscape section. */
final class DocxProjectForms {
    /** Landscape text width: 297 − 37 − 35 mm. */
    private static final int TEXT_WIDTH = DocxPageSetup.mm(225);
    /** Size of the table's text: 五号. */
    static final double CELL_PT = 10.5;
    private final XWPFDocument doc;

    DocxProjectForms(XWPFDocument doc) {
        this.doc = doc;
    }

    void write(List<AppendedForm> forms) {
        for (int i = 0; i < forms.size(); i++) {
            AppendedForm f = forms.get(i);
            ProjectFormGrid grid = f.grid();
            boolean first = true;
            if (grid.formNumber().isPresent()) {
                XWPFParagraph number = doc.createParagraph();
                number.setAlignment(ParagraphAlignment.RIGHT);
                number.setPageBreak(i > 0);
                DocxStyles.run(number, grid.formNumber().get(), DocxStyles.BODY_FACE, 10.5);
                first = false;
            }
            for (int t = 0; t < grid.title().size(); t++) {
                XWPFParagraph title = doc.createParagraph();
                title.setAlignment(ParagraphAlignment.CENTER);
                title.setPageBreak(first && t == 0 && i > 0);
                DocxStyles.run(title, grid.title().get(t), t == 0 ? DocxStyles.TITLE_FACE : DocxStyles.BODY_FACE, t == 0 ? 16 : 12);
            }
            table(grid);
            grid.signatureLine().ifPresent(s -> DocxStyles.run(doc.createParagraph(), s, DocxStyles.BODY_FACE, 12));
            if (!f.note().isBlank()) {
                DocxStyles.run(doc.createParagraph(), "说明：" + f.note(), DocxStyles.BODY_FACE, 10.5);
            }
        }
    }

    /**
     * The form as two Word tables on one column grid, like the PDF: the rows above the 绩效指标 block, then
     * the block, whose heading row is a header row (w:tblHeader) repeated on each page; no row splits
     * across pages (w:cantSplit). The block's label, which spans the heading row too, is split into an
     * open cell in the heading row and the label in the rows below, so the repeated heading stays whole.
     */
    private void table(ProjectFormGrid grid) {
        int[] widths = DocxColumnWidths.of(grid, TEXT_WIDTH, CELL_PT);
        int heading = grid.indicatorHeadingRow();
        List<ProjectFormGrid.Cell> top = new ArrayList<>();
        List<ProjectFormGrid.Cell> block = new ArrayList<>();
        ProjectFormGrid.Cell openHead = null;
        ProjectFormGrid.Cell label = null;
        for (ProjectFormGrid.Cell c : grid.cells()) {
            if (c.row() < heading) {
                top.add(c);
            } else if (c.row() == heading && c.column() == 0 && c.rowSpan() > 1) {
                openHead = new ProjectFormGrid.Cell(c.row(), 0, 1, 1, "", c.style());
                label = new ProjectFormGrid.Cell(c.row() + 1, 0, c.rowSpan() - 1, 1, c.text(), c.style());
                block.add(openHead);
                block.add(label);
            } else {
                block.add(c);
            }
        }
        if (heading <= 0 || heading >= grid.rows()) {
            rows(grid.cells(), 0, grid.rows(), widths, false, null, null);
            return;
        }
        rows(top, 0, heading, widths, false, null, null);
        XWPFParagraph joint = doc.createParagraph();
        joint.setSpacingBefore(0);
        joint.setSpacingAfter(0);
        joint.setSpacingBetween(1, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        joint.setIndentationFirstLine(0);
        DocxStyles.run(joint, "", DocxStyles.BODY_FACE, 1).setVanish(true);
        // The paragraph keeps the two tables apart (two adjacent tables become one in Word, and the block's
        // heading would no longer repeat), but its mark is hidden, so it takes no room: the tables touch
        // instead of showing a hairline gap between two borders.
        (joint.getCTP().isSetPPr() ? joint.getCTP().getPPr() : joint.getCTP().addNewPPr()).addNewRPr().addNewVanish();
        rows(block, heading, grid.rows(), widths, true, openHead, label);
    }

    private void rows(List<ProjectFormGrid.Cell> cells, int from, int to, int[] widths, boolean headerRow,
                      ProjectFormGrid.Cell openBottom, ProjectFormGrid.Cell openTop) {
        int columns = widths.length;
        ProjectFormGrid.Cell[][] cover = new ProjectFormGrid.Cell[to - from][columns];
        for (ProjectFormGrid.Cell c : cells) {
            for (int r = c.row(); r < c.row() + c.rowSpan() && r < to; r++) {
                for (int k = c.column(); k < c.column() + c.columnSpan(); k++) {
                    cover[r - from][k] = c;
                }
            }
        }
        XWPFTable table = doc.createTable(1, 1);
        gridColumns(table, widths);
        for (int r = from; r < to; r++) {
            XWPFTableRow row = r == from ? table.getRow(0) : table.createRow();
            row.setHeight(DocxPageSetup.mm(6));
            row.setCantSplitRow(true);
            if (headerRow && r == from) {
                row.setRepeatHeader(true);
            }
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
            int k = 0;
            while (k < columns) {
                ProjectFormGrid.Cell c = cover[r - from][k];
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                int span = c == null ? 1 : c.columnSpan();
                int twips = 0;
                for (int g = k; g < k + span; g++) {
                    twips += widths[g];
                }
                CTTblWidth tcW = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
                tcW.setType(STTblWidth.DXA);
                tcW.setW(BigInteger.valueOf(twips));
                if (span > 1) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
                if (c != null && c.rowSpan() > 1) {
                    pr.addNewVMerge().setVal(c.row() == r ? STMerge.RESTART : STMerge.CONTINUE);
                }
                if (c != null && c == openBottom) {
                    pr.addNewTcBorders().addNewBottom().setVal(STBorder.NIL);
                } else if (c != null && c == openTop && c.row() == r) {
                    pr.addNewTcBorders().addNewTop().setVal(STBorder.NIL);
                }
                if (c != null && c.row() == r) {
                    write(p, c);
                } else {
                    DocxStyles.cell(p);
                }
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                k += span;
            }
        }
    }

    private static void write(XWPFParagraph p, ProjectFormGrid.Cell c) {
        boolean label = c.style() == ProjectFormGrid.Style.LABEL || c.style() == ProjectFormGrid.Style.HEADER;
        p.setAlignment(switch (c.style()) {
            case LABEL, HEADER, CENTER -> ParagraphAlignment.CENTER;
            case NUMBER -> ParagraphAlignment.RIGHT;
            case TEXT -> ParagraphAlignment.LEFT;
        });
        DocxStyles.cell(p);
        DocxStyles.run(p, c.text(), label ? DocxStyles.HEI_FACE : DocxStyles.BODY_FACE, CELL_PT);
    }

    private static void gridColumns(XWPFTable table, int[] widths) {
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        table.setWidth(String.valueOf(TEXT_WIDTH));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        var margins = table.getCTTbl().getTblPr().addNewTblCellMar();
        for (CTTblWidth side : new CTTblWidth[] {margins.addNewLeft(), margins.addNewRight()}) {
            side.setType(STTblWidth.DXA);
            side.setW(BigInteger.valueOf(DocxColumnWidths.CELL_MARGIN));
        }
    }
}
