package org.selfeval.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.TestReports;
import org.selfeval.model.Report;
import org.selfeval.model.Stated;

/** Format 2 reads every format-1 file as it was, and a later format is refused, asking for an upgrade. */
class FormatVersionTest {
    static final String FORMAT_1_SAMPLE = "/org/selfeval/exchange/leshan-2023-format1.json";

    static String format1Sample() throws Exception {
        try (var in = FormatVersionTest.class.getResourceAsStream(FORMAT_1_SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSampleAsFormatOneWroteItOpensWithNothingLost() throws Exception {
        String v1 = format1Sample();
        assertThat(v1).contains("\"formatVersion\" : 1");
        Report old = ReportJson.read(v1, "leshan-2023-format1.json");
        Report now = TestReports.sample();
        // the format-2 sample only adds the totals its text states
        // the format-2 sample only adds the totals its text states and the department sheet
        assertThat(old.withFinances(old.finances().withStatedIncomeTotal(Stated.of(new BigDecimal("1123.58")))
                .withStatedExpenditureTotal(Stated.of(new BigDecimal("1124.25"))))
                .withDepartmentSheet(now.departmentSheet()).equals(now)).isTrue();
        // written back, it is format 2 and reads to the same report
        String written = ReportJson.write(old);
        assertThat(written).contains("\"formatVersion\" : 2");
        assertThat(ReportJson.read(written, "again")).isEqualTo(old);
    }

    @Test
    void aFileOfALaterFormatAsksForAnUpgrade() throws Exception {
        String v3 = ReportJson.write(TestReports.sample()).replace("\"formatVersion\" : 2", "\"formatVersion\" : 3");
        assertThatThrownBy(() -> ReportJson.read(v3, "新版本.json")).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("新版本.json").hasMessageContaining("请升级程序");
    }

    @ParameterizedTest(name = "formatVersion {0}")
    @CsvSource({"0", "-1"})
    void aVersionThatNeverExistedIsRefused(String version) throws Exception {
        String bad = format1Sample().replace("\"formatVersion\" : 1", "\"formatVersion\" : " + version);
        assertThatThrownBy(() -> ReportJson.read(bad, "x.json")).hasMessageContaining("不存在");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"2350000.50元\"|235.00005",
            "\"2,350,000.50 元\"|235.00005",
            "\"56.781万元\"|56.781",
            "56.781|56.781",
            "\"0.12亿元\"|1200.00",
    })
    void amountsMayBeGivenWithTheirUnit(String written, String wan) throws Exception {
        String json = ReportJson.write(TestReports.sample()).replace("\"project\" : 48.76", "\"project\" : " + written);
        Report r = ReportJson.read(json, "t.json");
        assertThat(r.finances().carryover().project()).isEqualByComparingTo(wan);
        assertThat(ReportJson.read(ReportJson.write(r), "again").finances().carryover().project())
                .isEqualTo(r.finances().carryover().project());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"48.76美元\"|不是金额",
            "48.7612345|六位小数",
            "\"1e400\"|不是金额",
            "1e400|金额过大",
    })
    void aBadAmountIsNamedAtItsField(String written, String message) throws Exception {
        String json = ReportJson.write(TestReports.sample()).replace("\"project\" : 48.76", "\"project\" : " + written);
        assertThatThrownBy(() -> ReportJson.read(json, "t.json")).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("report.finances.carryover.project").hasMessageContaining(message);
    }

    @Test
    void statedFiguresRoundTripInTheirThreeForms(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Report rich = TestReports.rich();
        String json = ReportJson.write(rich);
        assertThat(json).contains("\"totalInitial\" : 0", "\"executionRate\" : \"\"",
                "\"totalExecuted\" : {", "\"printStated\" : true", "\"scoreLeftBlank\" : true");
        Path f = dir.resolve("rich.json");
        Files.writeString(f, json);
        assertThat(ReportJson.read(f)).isEqualTo(rich);
    }
}
