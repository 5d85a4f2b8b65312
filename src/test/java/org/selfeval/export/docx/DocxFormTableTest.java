package org.selfeval.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

/** The 自评表 in the DOCX, read back with POI: repeated heading row, rows that do not split, labels that fit their cells. */
class DocxFormTableTest {
    @TempDir
    static Path dir;
    static Path file;

    /** Labels and figures of the sample's forms that must not wrap ("项目名/称", "18.73/%"). */
    static final Set<String> WHOLE = Set.of("项目名称", "主管部门", "年初预算", "调整后预算数", "预算执行数", "预算执行率",
            "一级指标", "二级指标", "三级指标", "指标性质", "度量单位", "18.73%", "60.00", "11.24");

    @BeforeAll
    static void export() throws Exception {
        Report report = ReportJson.read(Path.of("sample-data/leshan-2023.json")).withDepartmentSheet(null);
        file = dir.resolve("r.docx");
        new DocxExporter().export(report, file);
    }

    private static List<XWPFTable> indicatorTables(XWPFDocument doc) {
        List<XWPFTable> found = new ArrayList<>();
        for (XWPFTable t : doc.getTables()) {
            if (t.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().equals("一级指标"))) {
                found.add(t);
            }
        }
        return found;
    }

    @Test
    void theIndicatorHeadingRowRepeatsOnEachPageAndNoRowSplits() throws Exception {
        try (XWPFDocument doc = DocxXml.open(file)) {
            List<XWPFTable> tables = indicatorTables(doc);
            assertThat(tables).as("one indicator block per form").isNotEmpty();
            for (XWPFTable t : tables) {
                assertThat(t.getRow(0).isRepeatHeader()).as("w:tblHeader on the heading row").isTrue();
                assertThat(t.getRow(0).getCtRow().getTrPr().getTblHeaderArray()).isNotEmpty();
                for (int r = 1; r < t.getNumberOfRows(); r++) {
                    assertThat(t.getRow(r).isRepeatHeader()).isFalse();
                }
            }
            for (XWPFTable t : doc.getTables()) {
                if (tables.contains(t) || t.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().equals("项目名称"))) {
                    for (XWPFTableRow row : t.getRows()) {
                        assertThat(row.isCantSplitRow()).as("w:cantSplit").isTrue();
                    }
                }
            }
        }
    }

    @Test
    void labelsAndFiguresFitTheirCellsOnOneLine() throws Exception {
        try (XWPFDocument doc = DocxXml.open(file)) {
            int checked = 0;
            for (XWPFTable t : doc.getTables()) {
                if (t.getRow(0).getTableCells().stream().noneMatch(c -> c.getText().equals("项目名称")
                        || c.getText().equals("一级指标"))) {
                    continue;
                }
                var mar = t.getCTTbl().getTblPr().getTblCellMar();
                int margins = mar == null ? 2 * 108
                        : ((BigInteger) mar.getLeft().getW()).intValue() + ((BigInteger) mar.getRight().getW()).intValue();
                List<BigInteger> grid = t.getCTTbl().getTblGrid().getGridColList().stream()
                        .map(g -> (BigInteger) g.getW()).toList();
                assertThat(grid.stream().mapToInt(BigInteger::intValue).sum())
                        .isEqualTo(((BigInteger) t.getCTTbl().getTblPr().getTblW().getW()).intValue());
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        String text = cell.getText().strip();
                        if (WHOLE.contains(text)) {
                            int width = ((BigInteger) cell.getCTTc().getTcPr().getTcW().getW()).intValue();
                            double needed = DocxColumnWidths.longestLine(text) * DocxProjectForms.CELL_PT * 20 + margins;
                            assertThat((double) width).as("%s fits its cell", text).isGreaterThanOrEqualTo(needed);
                            checked++;
                        }
                    }
                }
            }
            assertThat(checked).isGreaterThan(20);
        }
    }
}
