package org.selfeval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.store.SqliteWorkspace;

/** Every bad input: exit 2, one Chinese message naming the file and the field, no stack trace. */
class CliBadInputTest {
    static final String SAMPLE = "sample-data/leshan-2023.json";

    static void assertPlainError(CliRun run, String... expected) {
        assertThat(run.code()).as("exit code; stderr: %s", run.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).contains(expected);
        assertThat(run.err()).doesNotContain("\tat org.", "\tat java.", "Exception", "Error:");
    }

    static Path sampleWith(Path dir, String from, String to) throws Exception {
        String json = Files.readString(Path.of(SAMPLE), StandardCharsets.UTF_8);
        assertThat(json).contains(from);
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void runningOutOfMemoryIsToldPlainlyAndTheEarlierFileStaysWhole(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("报告.pdf");
        Files.writeString(target, "上一次导出的文件");
        org.selfeval.export.ReportExporter greedy = new org.selfeval.export.ReportExporter() {
            @Override
            public String extension() {
                return "pdf";
            }

            @Override
            public void export(org.selfeval.model.Report report, Path out) throws java.io.IOException {
                org.selfeval.export.AtomicOutput.write(out, stream -> {
                    stream.write(new byte[4096]);
                    throw new OutOfMemoryError("Java heap space");
                });
            }
        };
        CliRun run = CliRun.with(java.util.List.of(greedy), org.selfeval.audit.Auditor.standard(),
                "export", "--input", SAMPLE, "--pdf", target.toString());
        assertThat(run.code()).isEqualTo(Cli.INTERNAL);
        assertThat(run.err()).contains("内存不足", "已有的同名文件未被改动", "-Xmx2g")
                .doesNotContain("\tat ", "OutOfMemoryError", "heap space");
        assertThat(Files.readString(target)).isEqualTo("上一次导出的文件");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path missing = dir.resolve("没有这个文件.json");
        assertPlainError(CliRun.of("validate", "--input", missing.toString()), missing.toString(), "文件不存在");
        assertPlainError(CliRun.of("--workspace", dir.resolve("ws.db").toString(), "import", missing.toString()),
                missing.toString(), "文件不存在");
    }

    @Test
    void malformedJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"format\": \"selfeval-report\", \"formatVersion\": 1, \"report\": {\"year\": 2023,,}}");
        assertPlainError(CliRun.of("validate", "--input", file.toString()), file.toString(), "JSON 语法错误", "第 1 行");
    }

    @Test
    void wrongType(@TempDir Path dir) throws Exception {
        Path file = sampleWith(dir, "\"year\" : 2023", "\"year\" : \"二〇二三\"");
        assertPlainError(CliRun.of("export", "--input", file.toString(), "--json", dir.resolve("o.json").toString()),
                file.toString(), "report.year", "数字");
        assertThat(dir.resolve("o.json")).doesNotExist();
    }

    @Test
    void negativeAmount(@TempDir Path dir) throws Exception {
        Path file = sampleWith(dir, "\"GENERAL_PUBLIC_BUDGET\" : 1123.58", "\"GENERAL_PUBLIC_BUDGET\" : -1123.58");
        assertPlainError(CliRun.of("validate", "--input", file.toString()),
                file.toString(), "report.finances.income.GENERAL_PUBLIC_BUDGET", "金额不能为负数：-1123.58");
    }

    @Test
    void sevenDecimalsInAnAmountOrANegativeScore(@TempDir Path dir) throws Exception {
        Path amount = sampleWith(dir, "\"BASIC\" : 878.87", "\"BASIC\" : 878.8712345");
        assertPlainError(CliRun.of("validate", "--input", amount.toString()),
                amount.toString(), "report.finances.expenditure.BASIC", "金额最多保留六位小数");
        Path score = sampleWith(dir, "\"score\" : 97.5", "\"score\" : -97.5");
        assertPlainError(CliRun.of("validate", "--input", score.toString()),
                score.toString(), "report.conclusion.score", "分值不能为负数");
    }

    @Test
    void unknownField(@TempDir Path dir) throws Exception {
        Path file = sampleWith(dir, "\"shortName\"", "\"nickName\"");
        assertPlainError(CliRun.of("validate", "--input", file.toString()), file.toString(), "report.department", "nickName");
    }

    @Test
    void lockedWorkspace(@TempDir Path dir) {
        Path ws = dir.resolve("ws.db");
        try (SqliteWorkspace open = SqliteWorkspace.open(ws)) {
            assertPlainError(CliRun.of("--workspace", ws.toString(), "list"), ws.toString(), "另一个");
            assertPlainError(CliRun.of("import", SAMPLE, "--workspace", ws.toString()), ws.toString(), "另一个");
            assertThat(open.list()).isEmpty();
        }
    }

    @Test
    void corruptWorkspace(@TempDir Path dir) throws Exception {
        Path ws = dir.resolve("ws.db");
        Files.writeString(ws, "不是数据库");
        assertPlainError(CliRun.of("--workspace", ws.toString(), "import", SAMPLE), ws.toString(), "不是本程序的工作区");
        assertThat(Files.readString(ws)).isEqualTo("不是数据库");
    }

    @Test
    void unknownReportInTheWorkspace(@TempDir Path dir) {
        Path ws = dir.resolve("ws.db");
        assertPlainError(CliRun.of("--workspace", ws.toString(), "validate", "--report", "无此报告"), "无此报告", ws.toString());
    }

    @Test
    void badCommandLines(@TempDir Path dir) {
        assertPlainError(CliRun.of("validate", "--input", SAMPLE, "--format", "xml"), "--format", "xml", "text");
        assertPlainError(CliRun.of("frobnicate"), "无法识别的参数", "frobnicate");
        assertPlainError(CliRun.of("validate"), "缺少必需的参数", "--input");
        assertPlainError(CliRun.of("export", "--input", SAMPLE), "请至少指定一个输出文件", "--json");
        assertPlainError(CliRun.of("import"), "缺少必需的参数", "FILE");
        assertPlainError(CliRun.of("export", "--input", SAMPLE, "--json", dir.resolve("无此文件夹/o.json").toString()),
                "无此文件夹", "文件夹不存在");
    }
}
