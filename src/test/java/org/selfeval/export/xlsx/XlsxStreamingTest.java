package org.selfeval.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.selfeval.model.Report;

/** The file export streams (SXSSF) holds, cell for cell, the workbook {@code build} gives in memory. */
class XlsxStreamingTest {

    @ParameterizedTest
    @EnumSource(XlsxLayout.class)
    void theStreamedFileIsTheWorkbookInMemory(XlsxLayout layout, @TempDir Path dir) throws Exception {
        Report report = XlsxCachedValuesTest.report();
        XlsxExporter exporter = new XlsxExporter(new XlsxOptions(layout));
        Path file = dir.resolve("自评表.xlsx");
        exporter.export(report, file);
        try (XSSFWorkbook memory = exporter.build(report); InputStream in = Files.newInputStream(file);
             XSSFWorkbook streamed = new XSSFWorkbook(in)) {
            assertThat(streamed.getNumberOfSheets()).isEqualTo(memory.getNumberOfSheets());
            for (int i = 0; i < memory.getNumberOfSheets(); i++) {
                Sheet a = memory.getSheetAt(i);
                Sheet b = streamed.getSheetAt(i);
                assertThat(b.getSheetName()).isEqualTo(a.getSheetName());
                assertThat(b.getMergedRegions()).as(a.getSheetName()).containsExactlyElementsOf(a.getMergedRegions());
                assertThat(b.getRowBreaks()).isEqualTo(a.getRowBreaks());
                assertThat(b.getFooter().getCenter()).isEqualTo(a.getFooter().getCenter());
                assertThat(streamed.getPrintArea(i)).isEqualTo(memory.getPrintArea(i));
                assertThat(b.getPhysicalNumberOfRows()).isEqualTo(a.getPhysicalNumberOfRows());
                for (Row row : a) {
                    Row other = b.getRow(row.getRowNum());
                    assertThat(other.getHeightInPoints()).isEqualTo(row.getHeightInPoints());
                    assertThat(other.getPhysicalNumberOfCells()).isEqualTo(row.getPhysicalNumberOfCells());
                    for (Cell c : row) {
                        assertSame(c, other.getCell(c.getColumnIndex()));
                    }
                }
            }
        }
    }

    private static void assertSame(Cell a, Cell b) {
        String where = a.getSheet().getSheetName() + "!" + a.getAddress();
        assertThat(b.getCellType()).as(where).isEqualTo(a.getCellType());
        assertThat(b.getCellStyle().getIndex()).as(where).isEqualTo(a.getCellStyle().getIndex());
        CellType type = a.getCellType();
        if (type == CellType.FORMULA) {
            assertThat(b.getCellFormula()).as(where).isEqualTo(a.getCellFormula());
            type = a.getCachedFormulaResultType();
            assertThat(b.getCachedFormulaResultType()).as(where).isEqualTo(type);
        }
        switch (type) {
            case NUMERIC -> assertThat(b.getNumericCellValue()).as(where).isEqualTo(a.getNumericCellValue());
            case STRING -> assertThat(b.getStringCellValue()).as(where).isEqualTo(a.getStringCellValue());
            default -> { }
        }
        assertThat(b.getHyperlink() == null).as(where).isEqualTo(a.getHyperlink() == null);
        if (a.getHyperlink() != null) {
            assertThat(b.getHyperlink().getAddress()).as(where).isEqualTo(a.getHyperlink().getAddress());
        }
    }
}
