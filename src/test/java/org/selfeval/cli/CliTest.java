package org.selfeval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.audit.AuditRule;
import org.selfeval.audit.Auditor;
import org.selfeval.audit.Finding;
import org.selfeval.audit.Location;
import org.selfeval.audit.Severity;
import org.selfeval.exchange.ReportJson;
import org.selfeval.export.JsonExporter;
import org.selfeval.export.ReportExporter;
import org.selfeval.model.Report;

class CliTest {
    static final String SAMPLE = CliBadInputTest.SAMPLE;

    static AuditRule rule(String id, Severity severity) {
        return new AuditRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Finding> check(Report report, org.selfeval.audit.AuditContext context) {
                return List.of(new Finding(id, severity, "收入合计 " + report.finances().incomeTotal() + " 万元",
                        new Location(Location.FINANCES, "finances.income"), "测试"));
            }
        };
    }

    @Test
    void importThenListShowsTheReport(@TempDir Path dir) {
        String ws = dir.resolve("ws.db").toString();
        CliRun imported = CliRun.of("--workspace", ws, "import", SAMPLE);
        assertThat(imported.code()).isZero();
        assertThat(imported.out()).contains("已导入", "乐山市营商环境服务管理局");
        CliRun again = CliRun.of("import", SAMPLE, "--workspace", ws);
        assertThat(again.out()).contains("已更新");
        try (var open = org.selfeval.store.SqliteWorkspace.open(Path.of(ws))) {
            assertThat(open.snapshots().list("5c0a7d1e-2023-4c3a-9b1e-7e5e11a50001"))
                    .singleElement().satisfies(s -> assertThat(s.name()).isEqualTo("导入 leshan-2023.json 之前"));
        }
        CliRun list = CliRun.of("list", "--workspace", ws);
        assertThat(list.code()).isZero();
        assertThat(list.out().lines()).hasSize(2);
        assertThat(list.out()).contains("2023", "乐山市营商环境服务管理局", "5c0a7d1e-2023-4c3a-9b1e-7e5e11a50001");
    }

    @Test
    void exportWritesAnEqualReportFromAFileOrTheWorkspace(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("出口.json");
        assertThat(CliRun.of("export", "--input", SAMPLE, "--json", out.toString()).code()).isZero();
        Report sample = ReportJson.read(Path.of(SAMPLE));
        assertThat(ReportJson.read(out)).isEqualTo(sample);

        String ws = dir.resolve("ws.db").toString();
        CliRun.of("--workspace", ws, "import", SAMPLE);
        Path fromWorkspace = dir.resolve("ws.json");
        CliRun run = CliRun.of("--workspace", ws, "export", "--report", sample.id(), "--json", fromWorkspace.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(ReportJson.read(fromWorkspace)).isEqualTo(sample);
    }

    @Test
    void furtherExportersAreOfferedFromTheList(@TempDir Path dir) throws Exception {
        ReportExporter text = new ReportExporter() {
            @Override
            public String extension() {
                return "txt";
            }

            @Override
            public void export(Report report, Path target) throws IOException {
                Files.writeString(target, report.title());
            }
        };
        Path json = dir.resolve("a.json");
        Path txt = dir.resolve("a.txt");
        CliRun run = CliRun.with(List.of(new JsonExporter(), text), Auditor.standard(),
                "export", "--input", SAMPLE, "--txt", txt.toString(), "--json", json.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(txt)).isEqualTo("乐山市营商环境服务管理局2023年度部门整体支出绩效自评报告");
        assertThat(json).exists();
        assertThat(CliRun.with(List.of(new JsonExporter(), text), Auditor.standard(), "export", "--help").out())
                .contains("--txt=OUT", "--json=OUT");
    }

    @Test
    void theRegisteredExportersAreOfferedAndJsonAlways() {
        List<String> extensions = ExportFormats.all().stream().map(ReportExporter::extension).toList();
        assertThat(extensions).startsWith("json").doesNotHaveDuplicates();
        assertThat(CliRun.of("export", "--help").out()).contains(extensions.stream().map(e -> "--" + e + "=OUT").toList());
    }

    @Test
    void theAuditRulesAreBuiltOnlyByTheCommandsThatAudit(@TempDir Path dir) {
        // building the rules costs a cold start several hundred milliseconds: --version and export skip it
        java.util.concurrent.atomic.AtomicInteger built = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<Auditor> rules = () -> {
            built.incrementAndGet();
            return Auditor.standard();
        };
        assertThat(CliRun.withRules(ExportFormats.all(), rules, "--version").code()).isZero();
        assertThat(CliRun.withRules(ExportFormats.all(), rules, "export", "--input", SAMPLE,
                "--json", dir.resolve("out.json").toString()).code()).isZero();
        assertThat(built).hasValue(0);
        CliRun validate = CliRun.withRules(ExportFormats.all(), rules, "validate", "--input", SAMPLE);
        assertThat(validate.code()).isOne();
        assertThat(validate.out()).contains("R1");
        assertThat(built).hasValue(1);
    }

    @Test
    void validateExitsOneOnAnErrorAndZeroOtherwise() {
        CliRun errors = CliRun.with(List.of(), new Auditor(List.of(rule("R1", Severity.ERROR), rule("R2", Severity.WARNING))),
                "validate", "--input", SAMPLE);
        assertThat(errors.code()).isEqualTo(Cli.FINDINGS);
        assertThat(errors.out()).contains("[错误] R1 二:finances.income：收入合计 1123.58 万元", "共 2 条：错误 1，警告 1，提示 0。");
        CliRun warnings = CliRun.with(List.of(), new Auditor(List.of(rule("R2", Severity.WARNING))), "validate", "--input", SAMPLE);
        assertThat(warnings.code()).isZero();
        CliRun standard = CliRun.of("validate", "--input", SAMPLE);
        assertThat(standard.code()).isIn(0, 1);
        assertThat(standard.out()).startsWith("乐山市营商环境服务管理局2023年度");
    }

    @Test
    void validateAsJsonGivesTheFindingsAndTheParagraphsChecked() throws Exception {
        CliRun run = CliRun.with(List.of(), new Auditor(List.of(rule("R7", Severity.ERROR))),
                "validate", "--input", SAMPLE, "--format", "json");
        assertThat(run.code()).isEqualTo(1);
        JsonNode array = new ObjectMapper().readTree(run.out()).get("findings");
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(1);
        JsonNode f = array.get(0);
        assertThat(f.get("ruleId").asText()).isEqualTo("R7");
        assertThat(f.get("severity").asText()).isEqualTo("ERROR");
        assertThat(f.get("message").asText()).isEqualTo("收入合计 1123.58 万元");
        assertThat(f.get("location").get("chapter").asText()).isEqualTo("二");
        assertThat(f.get("location").get("path").asText()).isEqualTo("finances.income");
    }

    @Test
    void validateListsTheParagraphsItCouldNotRead() throws Exception {
        JsonNode json = new ObjectMapper().readTree(CliRun.of("validate", "--input", SAMPLE, "--format", "json").out());
        assertThat(json.get("checkedParagraphs")).extracting(p -> p.get("path").asText()).contains("finances.incomeText", "basics.staffing.text");
        assertThat(json.get("unreadParagraphs")).extracting(p -> p.get("path").asText()).contains("projects[1].executionNote");
        assertThat(json.get("unreadParagraphs").get(0).get("text").asText()).isNotBlank();
        assertThat(CliRun.of("validate", "--input", SAMPLE).out()).contains("含数字而未能核对的段落 2 段：", "附表:projects[1].executionNote：");
    }

    @Test
    void chineseOutputIsUtf8AndVersionIsPrinted() {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.ISO_8859_1));
            assertThat(Cli.run("validate", "--input", SAMPLE)).isIn(0, 1);
            assertThat(Cli.run("--version")).isZero();
        } finally {
            System.setOut(oldOut);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("乐山市营商环境服务管理局", "selfeval ");
    }
}
