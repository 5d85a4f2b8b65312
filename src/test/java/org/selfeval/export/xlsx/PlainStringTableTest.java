package org.selfeval.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The faster shared-string lookup writes the same table and the same cell indices as POI's own. */
class PlainStringTableTest {
    private static final List<String> TEXTS = List.of("项目", "", " 前有空格", "后有空格 ", "项目", "a\nb", "_x0041_", "",
            "指标", " 前有空格", "=1+1", "项目", "\t制表", "后有空格 ", "指标");

    @Test
    void theWorkbookIsTheSameAsWithPoisOwnTable() throws Exception {
        Map<String, String> ours = parts(new XSSFWorkbook(PlainStringTable.factory()));
        Map<String, String> pois = parts(new XSSFWorkbook());
        assertThat(ours.get("xl/sharedStrings.xml")).contains("uniqueCount=\"9\"").contains("count=\"30\"");
        assertThat(ours.get("xl/sharedStrings.xml")).isEqualTo(pois.get("xl/sharedStrings.xml"));
        assertThat(ours.get("xl/worksheets/sheet1.xml")).isEqualTo(pois.get("xl/worksheets/sheet1.xml"));
        assertThat(ours.get("xl/worksheets/sheet2.xml")).isEqualTo(pois.get("xl/worksheets/sheet2.xml"));
    }

    private static Map<String, String> parts(XSSFWorkbook wb) throws Exception {
        try (wb) {
            for (String name : List.of("一", "二")) {
                Sheet sheet = wb.createSheet(name);
                for (int i = 0; i < TEXTS.size(); i++) {
                    sheet.createRow(i).createCell(0).setCellValue(TEXTS.get(i));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            Map<String, String> parts = new HashMap<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    parts.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return parts;
        }
    }
}
