package org.selfeval.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.selfeval.TestReports;
import org.selfeval.exchange.xlsx.SichuanForm;
import org.selfeval.exchange.xlsx.XlsxImporter;
import org.selfeval.model.Report;

/** Issue 10: the department sheet in the workbook, with live formulas whose cached values are the model's. */
class DepartmentScoreSheetTest {

    static Cell find(Sheet s, String label, int column) {
        for (Row r : s) {
            Cell first = r.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return r.getCell(column);
            }
            Cell third = r.getCell(2);
            if (third != null && third.getCellType() == CellType.STRING && third.getStringCellValue().equals(label)) {
                return r.getCell(column);
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    void theSheetComputesTheTotalAndRecomputesWhenABaseFigureChanges() throws Exception {
        Report sample = TestReports.sample();
        try (XSSFWorkbook wb = new XlsxExporter().build(sample)) {
            Sheet s = wb.getSheet(SichuanForm.DEPARTMENT_SHEET);
            assertThat(s).isNotNull();
            Cell total = find(s, "合计", 6);
            Cell grade = find(s, "评价等级", 6);
            assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getNumericCellValue()).isEqualTo(96.66);
            assertThat(grade.getStringCellValue()).isEqualTo("优秀");
            Cell execution = find(s, "预算执行率", 6);
            assertThat(find(s, "预算执行率", 5).getCellFormula()).contains("$D$");
            assertThat(execution.getNumericCellValue()).isEqualTo(14.66);
            // a clerk types another budget into the base data: the row, the cap, the total and the grade follow
            find(s, "全年（调整）预算数", 3).setCellValue(1500);
            var eval = wb.getCreationHelper().createFormulaEvaluator();
            eval.clearAllCachedResultValues();
            eval.evaluateAll();
            assertThat(execution.getNumericCellValue()).isEqualTo(11.24);
            assertThat(total.getNumericCellValue()).isEqualTo(89.0);
            assertThat(new DataFormatter().formatCellValue(grade, eval)).isEqualTo("良好");
        }
    }

    @Test
    void theWorkbookStillReadsBackIntoTheProjects(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Report sample = TestReports.sample();
        java.nio.file.Path f = dir.resolve("wb.xlsx");
        new XlsxExporter().export(sample, f);
        List<org.selfeval.model.Project> read = new XlsxImporter().read(f);
        assertThat(read).hasSize(sample.projects().size());
    }
}
