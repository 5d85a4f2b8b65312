package org.selfeval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate on a report whose 自评表 states a 总额 row of 0 / 0 / 0 over rows that add up to 120 / 118.6 / 118.6. */
class CliStatedFiguresTest {

    @Test
    void aZeroTotalRowOverRowsThatAddUpIsAnErrorNamingBothFigures(@TempDir Path dir) throws Exception {
        // the project as a provincial system exports it: its own 总额 row, typed as 0
        String project = """
                {
                  "id" : "xxh",
                  "name" : "不动产联审登记系统信息化建设",
                  "funds" : {
                    "FISCAL" : { "initial" : 100, "adjusted" : 98.6, "executed" : 98.6 },
                    "UNIT" : { "initial" : "200,000.00元", "adjusted" : 20, "executed" : 20 }
                  },
                  "stated" : { "totalInitial" : 0, "totalAdjusted" : 0, "totalExecuted" : 0, "totalScore" : "" }
                }""";
        String sample = Files.readString(Path.of(CliBadInputTest.SAMPLE), StandardCharsets.UTF_8);
        String json = sample.replaceFirst("\"projects\" : \\[ \\{", "\"projects\" : [ " + project.replace("$", "\\$") + ", {");
        Path file = dir.resolve("自评表总额为零.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("validate", "--input", file.toString(), "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode findings = root.isArray() ? root : root.path("findings");
        List<String> r8b = new ArrayList<>();
        findings.forEach(f -> {
            if (f.path("ruleId").asText().equals("R8b")) {
                r8b.add(f.path("severity").asText() + " " + f.path("message").asText());
            }
        });
        assertThat(r8b).singleElement().asString()
                .contains("ERROR", "不动产联审登记系统信息化建设", "“年初预算”填 0.00 万元，按各行应为 120.00 万元",
                        "“调整后预算数”填 0.00 万元，按各行应为 118.60 万元", "“预算执行数”填 0.00 万元，按各行应为 118.60 万元");
    }
}
