package org.selfeval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.store.SqliteWorkspace;

/** import and validate take any file the import reads: published text, Word, 决算 tables, GBK files. */
class CliImportAnyFileTest {
    private static final String ORIGINAL = "sample-data/leshan-2023-original.txt";
    @TempDir
    Path dir;

    @Test
    void aDryRunOfThePublishedTextListsTheSeedsFiguresInTheirFields() throws Exception {
        CliRun run = CliRun.of("--workspace", dir.resolve("w.db").toString(), "import", "--dry-run", "--format", "json", ORIGINAL);
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("kind").asText()).isEqualTo("PUBLISHED_REPORT");
        Map<String, String> values = new HashMap<>();
        root.get("items").forEach(i -> values.put(i.get("key").asText(), i.get("value").asText()));
        assertThat(values).containsEntry("finances.income.GENERAL_PUBLIC_BUDGET", "1123.58")
                .containsEntry("finances.expenditure.BASIC", "878.87")
                .containsEntry("finances.expenditure.PROJECT", "245.38")
                .containsEntry("finances.carryover.project", "48.76")
                .containsEntry("conclusion.score", "97.50")
                .containsEntry("year", "2023");
        // the counts stay in the clerk's wording; the preview shows what is read in it
        JsonNode goal = find(root, "performance.goalAchievementText");
        assertThat(goal.get("figures").toString()).contains("设定三级指标", "\"value\":\"13\"", "申报特定目标类预算项目");
        assertThat(find(root, "basics.staffing.text").get("figures").toString()).contains("\"value\":\"37\"");
        assertThat(root.get("notices").toString()).contains("37");
        // nothing was written
        try (SqliteWorkspace ws = SqliteWorkspace.open(dir.resolve("w.db"))) {
            assertThat(ws.list()).isEmpty();
        }
    }

    @Test
    void importingThePublishedTextMakesAReportOfItsYearAndValidateReadsAWordCopy() throws Exception {
        String ws = dir.resolve("w.db").toString();
        CliRun imported = CliRun.of("--workspace", ws, "import", ORIGINAL);
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("已新建", "2023年度部门整体支出绩效自评报告");
        Path docx = dir.resolve("去年的报告.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (String line : Files.readAllLines(Path.of(ORIGINAL), StandardCharsets.UTF_8)) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        CliRun validated = CliRun.of("validate", "--input", docx.toString());
        assertThat(validated.code()).isEqualTo(1);
        assertThat(validated.out()).contains("R18a", "37");
    }

    @Test
    void aReportFileSavedByNotepadInGbkIsReadNotTurnedIntoReplacementCharacters() throws Exception {
        Path gbk = dir.resolve("notepad.json");
        Files.write(gbk, Files.readString(Path.of("sample-data/leshan-2023.json")).getBytes(Charset.forName("GBK")));
        CliRun run = CliRun.of("--workspace", dir.resolve("w.db").toString(), "import", gbk.toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (SqliteWorkspace ws = SqliteWorkspace.open(dir.resolve("w.db"))) {
            String name = ws.list().get(0).departmentName();
            assertThat(name).isEqualTo("乐山市营商环境服务管理局").doesNotContain("\uFFFD");
        }
    }

    @Test
    void aFinalAccountsWorkbookFillsTheOnlyReportOfTheWorkspaceAfterASnapshot() throws Exception {
        String ws = dir.resolve("w.db").toString();
        CliRun.of("--workspace", ws, "import", "sample-data/leshan-2023.json");
        Path xlsx = org.selfeval.intake.accounts.FinalAccountsTestFiles.sampleWithNewFigures(dir.resolve("决算.xlsx"));
        CliRun run = CliRun.of("--workspace", ws, "import", "--skip", "finances.expenditure.BASIC", xlsx.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("已导入到", "1123.58 万元 → 1200.00 万元");
        try (SqliteWorkspace w = SqliteWorkspace.open(Path.of(ws))) {
            var r = w.load(w.list().get(0).id()).orElseThrow();
            assertThat(r.finances().income(org.selfeval.model.IncomeSource.GENERAL_PUBLIC_BUDGET)).isEqualByComparingTo("1200");
            assertThat(r.finances().expenditure(org.selfeval.model.ExpenditureCategory.BASIC)).isEqualByComparingTo("878.87");
            assertThat(w.snapshots().list(r.id())).anySatisfy(s -> assertThat(s.name()).contains("决算.xlsx"));
        }
    }

    private static JsonNode find(JsonNode root, String key) {
        for (JsonNode i : root.get("items")) {
            if (i.get("key").asText().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no item " + key);
    }
}
