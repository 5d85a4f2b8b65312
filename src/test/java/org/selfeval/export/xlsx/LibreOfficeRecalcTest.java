package org.selfeval.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

/**
 * LibreOffice Calc computes our formulas to the values the exported file caches. The cached results are first
 * overwritten with a poison value and LibreOffice is set to recalculate on load, so every figure in
 * its CSV output comes from LibreOffice evaluating the formula. Skipped when soffice is
 * not installed (Debian package libreoffice-calc-nogui).
 */
class LibreOfficeRecalcTest {
    private static final double POISON = 987654.0;
    /** LibreOffice's own setting "Recalculation on file load — Excel 2007 and newer: Always recalculate". */
    private static final String ALWAYS_RECALCULATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            </oor:items>
            """;

    @Test
    void libreOfficeRecalculatesEveryFormulaToTheCachedValue(@TempDir Path dir) throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeThat(Files.isExecutable(soffice)).as("LibreOffice (soffice) is not installed; skipping").isTrue();
        Report sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        Path poisoned = dir.resolve("recalc.xlsx");
        int formulas = 0;
        Path exported = dir.resolve("exported.xlsx");
        new XlsxExporter().export(sample, exported);
        try (XSSFWorkbook expected = read(exported); XSSFWorkbook wb = read(exported)) {
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.FORMULA) {
                            c.setCellValue(POISON);
                            formulas++;
                        }
                    }
                }
            }
            wb.setForceFormulaRecalculation(true);
            try (OutputStream out = Files.newOutputStream(poisoned)) {
                wb.write(out);
            }
            Path user = Files.createDirectories(dir.resolve("profile").resolve("user"));
            Files.writeString(user.resolve("registrymodifications.xcu"), ALWAYS_RECALCULATE, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                    "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1",
                    "--outdir", dir.resolve("csv").toString(), poisoned.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            assumeThat(p.waitFor(240, TimeUnit.SECONDS)).as("soffice did not finish in time").isTrue();
            int compared = 0;
            for (Sheet s : expected) {
                Path csv = dir.resolve("csv").resolve("recalc-" + s.getSheetName() + ".csv");
                assertThat(csv).as(Files.readString(dir.resolve("soffice.log"))).exists();
                List<List<String>> rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        String shown = Csv.at(rows, c.getRowIndex(), c.getColumnIndex());
                        String where = s.getSheetName() + "!" + c.getAddress() + " =" + c.getCellFormula();
                        assertThat(shown).as(where).doesNotContain("987654");
                        if (c.getCachedFormulaResultType() == CellType.NUMERIC) {
                            assertThat(parse(shown)).as(where).isEqualByComparingTo(round(c.getNumericCellValue()));
                        } else {
                            assertThat(shown).as(where).isEqualTo(c.getStringCellValue());
                        }
                        compared++;
                    }
                }
            }
            assertThat(compared).isEqualTo(formulas).isGreaterThan(40);
        }
    }

    /** The workbook as the exporter streams it to a file. */
    private static XSSFWorkbook read(Path file) throws java.io.IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static BigDecimal parse(String shown) {
        String s = shown.strip();
        if (s.endsWith("%")) {
            return round(Double.parseDouble(s.substring(0, s.length() - 1)) / 100);
        }
        return round(Double.parseDouble(s));
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
    }
}
