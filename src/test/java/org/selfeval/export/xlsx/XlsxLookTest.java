package org.selfeval.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

/** Writes the sample workbook in both layouts to target/xlsx-look with a text rendering, to look at. */
class XlsxLookTest {
    @Test
    void writesTheSampleWorkbooksToLookAt() throws Exception {
        Report sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        Path dir = Files.createDirectories(Path.of("target/xlsx-look"));
        for (XlsxLayout layout : XlsxLayout.values()) {
            Path out = dir.resolve("leshan-2023-" + layout.name().toLowerCase() + ".xlsx");
            new XlsxExporter(new XlsxOptions(layout)).export(sample, out);
            StringBuilder text = new StringBuilder();
            try (Workbook wb = WorkbookFactory.create(out.toFile(), null, true)) {
                for (Sheet s : wb) {
                    text.append(Sheets.render(s)).append('\n');
                }
            }
            Files.writeString(dir.resolve(out.getFileName() + ".txt"), text, StandardCharsets.UTF_8);
            assertThat(text).contains("政务大厅运行经费");
        }
    }
}
