package org.selfeval.export.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
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

    private void table(ProjectFormGrid grid) {
        int columns = grid.columns();
        ProjectFormGrid.Cell[][] cover = new ProjectFormGrid.Cell[grid.rows()][columns];
        for (ProjectFormGrid.Cell c : grid.cells()) {
            for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                for (int k = c.column(); k < c.column() + c.columnSpan(); k++) {
                    cover[r][k] = c;
                }
            }
        }
        XWPFTable table = doc.createTable(1, 1);
        int[] widths = gridColumns(table, grid.columnWeights());
        for (int r = 0; r < grid.rows(); r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            row.setHeight(DocxPageSetup.mm(6));
            row.setCantSplitRow(true);
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
            int k = 0;
            while (k < columns) {
                ProjectFormGrid.Cell c = cover[r][k];
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
                if (c != null && c.row() == r) {
                    write(p, c);
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
        DocxStyles.run(p, c.text(), label ? DocxStyles.HEI_FACE : DocxStyles.BODY_FACE, 10.5);
    }

    private static int[] gridColumns(XWPFTable table, float[] weights) {
        float sum = 0;
        for (float w : weights) {
            sum += w;
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int[] widths = new int[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = Math.round(TEXT_WIDTH * weights[i] / sum);
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[i]));
        }
        table.setWidth(String.valueOf(TEXT_WIDTH));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        return widths;
    }
}
