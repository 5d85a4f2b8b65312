package org.selfeval.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.TestReports;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/** Issue 14.9: every text cell a spreadsheet could run as a formula is quoted, hidden columns and TAB/CR prefixes included. */
class XlsxInjectionTest {

    @Test
    void formulaLookingTextIsQuotedEverywhere(@TempDir Path dir) throws Exception {
        Report sample = TestReports.sample();
        List<Project> projects = new ArrayList<>(sample.projects());
        projects.set(0, projects.get(0).withCode("=HYPERLINK(\"http://x\")").withAdjustmentReason("\t=1+1")
                .withName("\r+SUM(A1)"));
        Report hostile = sample.withProjects(projects);
        Path file = dir.resolve("r.xlsx");
        new XlsxExporter().export(hostile, file);

        List<String> unquoted = new ArrayList<>();
        int risky = 0;
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        String v = cell.getStringCellValue();
                        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
                            risky++;
                            if (!cell.getCellStyle().getQuotePrefixed()) {
                                unquoted.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + v);
                            }
                        }
                    }
                }
            }
        }
        assertThat(risky).isGreaterThanOrEqualTo(3);
        assertThat(unquoted).isEmpty();
    }
}
