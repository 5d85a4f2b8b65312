package org.selfeval.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.selfeval.exchange.ReportJson;
import org.selfeval.exchange.xlsx.SichuanForm;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/** The summary sheet breaks pages only before a section (一、… 五、), so no block is split. */
class SummaryPageBreaksTest {
    @Test
    void aLongSummaryBreaksBeforeSectionsOnly() throws Exception {
        Report sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        Project model = sample.projects().get(1);
        List<Project> many = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            many.add(model.withId("p" + i).withName("测试项目" + i));
        }
        try (XSSFWorkbook wb = new XlsxExporter().build(sample.withProjects(many))) {
            Sheet summary = wb.getSheet(SichuanForm.SUMMARY_SHEET);
            int[] breaks = summary.getRowBreaks();
            assertThat(breaks).as("the 14-project summary does not fit one page").isNotEmpty();
            for (int b : breaks) {
                String next = summary.getRow(b + 1).getCell(0).getStringCellValue();
                assertThat(next).as("row after the break at %d", b + 1).matches("[一二三四五]、.*");
            }
        }
    }

    @Test
    void theSamplesSummaryTallerThanAPageBreaksBeforeASection() throws Exception {
        Report sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        try (XSSFWorkbook wb = new XlsxExporter().build(sample)) {
            Sheet summary = wb.getSheet(SichuanForm.SUMMARY_SHEET);
            assertThat(summary.getRowBreaks()).hasSize(1);
            assertThat(summary.getRow(summary.getRowBreaks()[0] + 1).getCell(0).getStringCellValue()).matches("[一二三四五]、.*");
        }
    }
}
