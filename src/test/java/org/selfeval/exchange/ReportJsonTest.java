package org.selfeval.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Report;

class ReportJsonTest {
    static final Path SAMPLE = Path.of("sample-data/leshan-2023.json");

    @Test
    void sampleRoundTripsToAnEqualReport(@TempDir Path dir) throws Exception {
        Report sample = ReportJson.read(SAMPLE);
        Path out = dir.resolve("out.json");
        ReportJson.write(sample, out);
        Report again = ReportJson.read(out);
        assertThat(again).isEqualTo(sample);
        assertThat(ReportJson.write(again)).isEqualTo(ReportJson.write(sample));
    }

    @Test
    void sampleHoldsTheSeedFigures() throws Exception {
        Report r = ReportJson.read(SAMPLE);
        assertThat(r.year()).isEqualTo(2023);
        assertThat(r.finances().incomeTotal()).isEqualByComparingTo("1123.58");
        assertThat(r.finances().income(IncomeSource.GENERAL_PUBLIC_BUDGET)).isEqualByComparingTo("1123.58");
        assertThat(r.finances().expenditure(ExpenditureCategory.BASIC)).isEqualByComparingTo("878.87");
        assertThat(r.finances().expenditureTotal()).isEqualByComparingTo("1124.25");
        assertThat(r.finances().carryover().project()).isEqualByComparingTo("48.76");
        assertThat(r.performance().projectAnalysis().publicExpenses().initial()).isEqualByComparingTo("179.18");
        assertThat(r.conclusion().score()).isEqualByComparingTo("97.5");
        assertThat(r.basics().staffing().actualTotal()).isEqualTo(36);
        assertThat(r.basics().tasks().items()).hasSize(5);
        assertThat(r.performance().duty().items()).hasSize(3);
        assertThat(r.projects()).extracting(p -> p.name()).contains("政务大厅运行经费");
        assertThat(r.projects().get(0).totalFunds().initial()).isEqualTo(new BigDecimal("157.30"));
    }

    @Test
    void everyNumberOfTheSeedTextIsInTheSampleFile() throws Exception {
        String seed = Files.readString(Path.of("sample-data/leshan-2023-original.txt"))
                // headings are numbered by the app: "1.", "2.100万以上项目" (domain.md §5 item 18)
                .replaceAll("(?m)^\\d+\\.", "").replace("2.100万以上项目", "")
                .replaceAll("(?m)^项目\\d+:", "");
        String sample = Files.readString(SAMPLE);
        var m = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?").matcher(seed);
        while (m.find()) {
            assertThat(sample).as("seed figure %s", m.group()).contains(m.group());
        }
    }

    @Test
    void brokenJsonNamesTheLine() {
        assertThatThrownBy(() -> ReportJson.read("{\"format\": \"selfeval-report\",\n \"formatVersion\": 1, \"report\": {", "x.json"))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("x.json").hasMessageContaining("JSON 语法错误").hasMessageContaining("第 2 行");
    }

    @Test
    void wrongTypeNamesTheField() {
        String json = "{\"format\":\"selfeval-report\",\"formatVersion\":1,\"report\":{\"year\":2023,"
                + "\"finances\":{\"income\":{\"GENERAL_PUBLIC_BUDGET\":\"abc\"}}}}";
        assertThatThrownBy(() -> ReportJson.read(json, "y.json"))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("report.finances.income.GENERAL_PUBLIC_BUDGET").hasMessageContaining("数字");
    }

    @Test
    void negativeAmountIsRefusedWithTheField() {
        String json = "{\"format\":\"selfeval-report\",\"formatVersion\":1,\"report\":{\"year\":2023,"
                + "\"finances\":{\"carryover\":{\"project\":-1}}}}";
        assertThatThrownBy(() -> ReportJson.read(json, "z.json"))
                .isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("report.finances.carryover").hasMessageContaining("负数");
    }

    @Test
    void newerFormatVersionIsRefused() {
        assertThatThrownBy(() -> ReportJson.read("{\"format\":\"selfeval-report\",\"formatVersion\":99,\"report\":{}}", "n.json"))
                .hasMessageContaining("升级");
    }
}
