package org.selfeval.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfeval.export.xlsx.Sheets.number;
import static org.selfeval.export.xlsx.Sheets.row;
import static org.selfeval.export.xlsx.Sheets.rowStartingWith;
import static org.selfeval.export.xlsx.Sheets.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.selfeval.exchange.ReportJson;
import org.selfeval.exchange.xlsx.SichuanForm;
import org.selfeval.exchange.xlsx.XlsxImporter;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.IndicatorScoring;
import org.selfeval.model.Project;
import org.selfeval.model.QualitativeGrade;
import org.selfeval.model.Report;

/** Injection text, the national layout, sheet names and the indicator formulas against the model. */
class XlsxExporterCasesTest {
    static Report sample;
    @TempDir
    Path dir;

    @BeforeAll
    static void read() throws Exception {
        // the project sheets alone: without the department sheet, which DepartmentScoreSheetTest covers
        sample = ReportJson.read(Path.of("sample-data/leshan-2023.json")).withDepartmentSheet(null);
    }

    static Project base() {
        return sample.projects().get(1);
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        List<String> hostile = List.of("=HYPERLINK(\"http://example.invalid\",\"点我\")", "+SUM(1,2)", "-2+3", "@cmd|' /C calc'!A0",
                "=1+1", "=cmd|' /C calc'!A0");
        Indicator first = base().indicators().get(0);
        Project p = base().withName(hostile.get(0)).withAnnualGoal(hostile.get(1)).withGoalCompletion(hostile.get(2))
                .withImplementationSummary(hostile.get(3)).withExecutionNote(hostile.get(4))
                .withIndicators(List.of(first.withName(hostile.get(5)).withUnit("@").withDeviationReason("-")));
        Report r = sample.withProjects(List.of(p));
        Path f = dir.resolve("注入.xlsx");
        new XlsxExporter().export(r, f);
        try (Workbook wb = WorkbookFactory.create(f.toFile(), null, true)) {
            Set<String> seen = new HashSet<>();
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING) {
                            String v = c.getStringCellValue();
                            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
                                seen.add(v);
                                assertThat(c.getCellStyle().getQuotePrefixed()).as(c.getAddress().toString()).isTrue();
                            }
                        }
                        if (c.getCellType() == CellType.FORMULA) {
                            String outsideSheetNames = c.getCellFormula().replaceAll("'([^']|'')*'!", "");
                            assertThat(outsideSheetNames).doesNotContain("HYPERLINK", "cmd");
                        }
                    }
                }
            }
            assertThat(seen).containsAll(hostile).contains("@", "-");
        }
        assertThat(new XlsxImporter().read(f)).isEqualTo(r.projects());
    }

    @Test
    void theNationalLayoutIsAnOptionAndTheDefaultOfTheNationalProfile() throws Exception {
        Report r = sample.withProfile("national");
        Path f = dir.resolve("national.xlsx");
        new XlsxExporter().export(r, f);
        try (Workbook wb = WorkbookFactory.create(f.toFile(), null, true)) {
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            for (Project p : r.projects()) {
                Sheet s = wb.getSheet(p.name());
                assertThat(text(s, 0, 0)).isEqualTo("项目支出绩效自评表");
                assertThat(text(s, 1, 0)).isEqualTo("（2023年度）");
                int total = row(s, 1, "年度资金总额");
                BudgetFigures t = p.totalFunds();
                assertThat(r2(number(s, total, 3))).isEqualTo(t.initial());
                assertThat(r2(number(s, total, 5))).isEqualTo(t.executed());
                assertThat(r2(number(s, total, 8))).isEqualTo(p.executionScore().orElseThrow());
                assertThat(r2(number(s, row(s, 1, "其中：当年财政拨款"), 5))).isEqualTo(p.funds(FundSource.FISCAL).executed());
                int sum = row(s, 0, "总分");
                assertThat(r2(number(s, sum, 6))).isEqualTo(p.totalWeight());
                assertThat(r2(number(s, sum, 7))).isEqualTo(p.totalScore().orElseThrow());
                Cell score = Sheets.cell(s, sum, 7);
                assertThat(score.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(ev.evaluate(score).getNumberValue()).isEqualTo(score.getNumericCellValue());
            }
        }
        Path sichuan = dir.resolve("forced.xlsx");
        new XlsxExporter(new XlsxOptions(XlsxLayout.SICHUAN)).export(r, sichuan);
        try (Workbook wb = WorkbookFactory.create(sichuan.toFile(), null, true)) {
            assertThat(text(wb.getSheetAt(1), 0, 8)).isEqualTo(SichuanForm.FORM_NUMBER);
        }
    }

    @Test
    void sheetNamesAreValidUniqueAndShort() throws Exception {
        String longName = "乐山市营商环境服务管理局关于不动产登记一窗受理全市通办系统建设及运行维护的专项资金项目";
        List<Project> projects = new ArrayList<>();
        for (String name : List.of(longName, longName, "a/b:c*d?e[f]g\\h", "'引号'", "History", "部门汇总", "", "HISTORY")) {
            projects.add(base().withName(name).withId(null));
        }
        Report r = sample.withProjects(projects);
        Path f = dir.resolve("names.xlsx");
        new XlsxExporter().export(r, f);
        try (Workbook wb = WorkbookFactory.create(f.toFile(), null, true)) {
            Set<String> names = new HashSet<>();
            for (Sheet s : wb) {
                String n = s.getSheetName();
                WorkbookUtil.validateSheetName(n);
                assertThat(n.length()).isLessThanOrEqualTo(31);
                assertThat(n).doesNotContainAnyWhitespaces().doesNotStartWith("'").doesNotEndWith("'");
                assertThat(n.toLowerCase(Locale.ROOT)).isNotEqualTo("history");
                assertThat(names.add(n.toLowerCase(Locale.ROOT))).as(n).isTrue();
            }
            assertThat(wb.getNumberOfSheets()).isEqualTo(1 + projects.size());
            assertThat(wb.getSheetName(0)).isEqualTo(SichuanForm.SUMMARY_SHEET);
        }
        assertThat(new XlsxImporter().read(f)).extracting(Project::name)
                .containsExactlyElementsOf(projects.stream().map(Project::name).toList());
    }

    static Stream<Arguments> quantitativeRows() {
        return Stream.of(
                Arguments.of(IndicatorNature.AT_LEAST, "200", "150", "10"),
                Arguments.of(IndicatorNature.AT_LEAST, "95.5", "90.25", "7.5"),
                Arguments.of(IndicatorNature.AT_LEAST, "0", "0", "10"),
                Arguments.of(IndicatorNature.AT_LEAST, "10", "0", "10"),
                Arguments.of(IndicatorNature.MORE_THAN, "3", "2", "9"),
                Arguments.of(IndicatorNature.EQUAL, "0", "0", "5"),
                Arguments.of(IndicatorNature.EQUAL, "0", "1", "5"),
                Arguments.of(IndicatorNature.EQUAL, "100", "90", "10"),
                Arguments.of(IndicatorNature.AT_MOST, "100", "120", "10"),
                Arguments.of(IndicatorNature.AT_MOST, "100", "250", "10"),
                Arguments.of(IndicatorNature.AT_MOST, "12", "11", "10"),
                Arguments.of(IndicatorNature.LESS_THAN, "10", "12.5", "8"),
                Arguments.of(IndicatorNature.AT_MOST, "3", "4", "6.66"));
    }

    @ParameterizedTest(name = "{0} 指标值 {1} 完成值 {2} 权重 {3}")
    @MethodSource("quantitativeRows")
    void indicatorScoreFormulasAgreeWithTheModel(IndicatorNature nature, String target, String actual, String weight) throws Exception {
        Indicator row = new Indicator("产出指标", "数量指标", "测试指标", nature, target, "个", actual, new BigDecimal(weight),
                null, null, "");
        assertScoreCell(row, true);
    }

    @ParameterizedTest
    @MethodSource("grades")
    void qualitativeDefaultScoresAreFormulasToo(QualitativeGrade grade) throws Exception {
        Indicator row = new Indicator("效益指标", "社会效益指标", "定性指标", IndicatorNature.QUALITATIVE, "好", "", "较好",
                new BigDecimal("15"), null, grade, "");
        assertScoreCell(row, true);
    }

    static Stream<QualitativeGrade> grades() {
        return Stream.of(QualitativeGrade.values());
    }

    @Test
    void aTargetThatIsNotAPlainNumberGetsTheModelsValue() throws Exception {
        Indicator row = new Indicator("产出指标", "质量指标", "合格率", IndicatorNature.AT_LEAST, "≥95%", "", "90%",
                new BigDecimal("10"), null, null, "");
        assertScoreCell(row, false);
    }

    private void assertScoreCell(Indicator row, boolean formula) throws Exception {
        Project p = base().withIndicators(List.of(row));
        BigDecimal expected = IndicatorScoring.compute(row).orElseThrow();
        try (XSSFWorkbook wb = new XlsxExporter(new XlsxOptions(XlsxLayout.SICHUAN)).build(sample.withProjects(List.of(p)))) {
            Sheet s = wb.getSheet(p.name());
            int r = rowStartingWith(s, 0, "绩效指标(") + 1;
            Cell score = Sheets.cell(s, r, SichuanForm.COL_SCORE);
            assertThat(score.getCellType()).isEqualTo(formula ? CellType.FORMULA : CellType.NUMERIC);
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            double value = formula ? ev.evaluate(score).getNumberValue() : score.getNumericCellValue();
            assertThat(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP)).isEqualTo(expected);
            assertThat(r2(number(s, r, SichuanForm.COL_SCORE))).isEqualTo(expected);
            int sum = row(s, 0, "合计");
            assertThat(r2(number(s, sum, SichuanForm.COL_SCORE))).isEqualTo(p.totalScore().orElseThrow());
        }
    }

    @Test
    void theFileIsWrittenUnderATemporaryNameAndMovedIntoPlace() throws Exception {
        Path f = dir.resolve("自评表.xlsx");
        Files.writeString(f, "old content");
        new XlsxExporter().export(sample, f);
        try (Workbook wb = WorkbookFactory.create(f.toFile(), null, true)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(x -> x.getFileName().toString())).containsExactly("自评表.xlsx");
        }
    }

    @Test
    void fundsWithoutAnAdjustedBudgetMeasureTheRateAgainstTheInitialBudget() throws Exception {
        Project p = base().withFunds(Map.of(FundSource.FISCAL, new BudgetFigures(new BigDecimal("80.00"), null, new BigDecimal("60.00")),
                FundSource.PRIOR_YEAR_CARRYOVER, new BudgetFigures(new BigDecimal("20.00"), null, new BigDecimal("20.00"))));
        try (XSSFWorkbook wb = new XlsxExporter(new XlsxOptions(XlsxLayout.SICHUAN)).build(sample.withProjects(List.of(p)))) {
            Sheet s = wb.getSheet(p.name());
            int total = row(s, 1, "总额");
            assertThat(Sheets.cell(s, total, SichuanForm.COL_ADJUSTED).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(number(s, total, SichuanForm.COL_RATE).multiply(BigDecimal.valueOf(100)).setScale(4, RoundingMode.HALF_UP))
                    .isEqualByComparingTo(p.totalFunds().executionRate().orElseThrow().setScale(4, RoundingMode.HALF_UP));
            assertThat(r2(number(s, total, SichuanForm.COL_EXEC_SCORE))).isEqualTo(p.executionScore().orElseThrow());
            assertThat(r2(number(s, row(s, 1, "上年结转资金"), SichuanForm.COL_EXECUTED))).isEqualByComparingTo("20.00");
        }
    }

    @Test
    void controlCharactersAndLineBreaksSurviveTheRoundTrip() throws Exception {
        Project p = base().withProblems("第一行\n第二行\t制表\u0001控制符\u001f").withAnnualGoal("_x0041_ 看似转义")
                .withProjectLead(" 王五 ").withFinanceLead("赵六\n").withDataNote("  说明 ");
        Report r = sample.withProjects(List.of(p));
        Path f = dir.resolve("ctrl.xlsx");
        new XlsxExporter().export(r, f);
        assertThat(new XlsxImporter().read(f)).isEqualTo(r.projects());
    }

    @Test
    void textLongerThanAnExcelCellIsRefusedWithAMessageNotAStackTrace() {
        Project p = base().withImplementationSummary("长".repeat(40_000));
        Path f = dir.resolve("long.xlsx");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new XlsxExporter().export(sample.withProjects(List.of(p)), f))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("32767")
                .hasMessageContaining(p.name())
                .hasMessageContaining("B9");
        assertThat(f).doesNotExist();
    }

    @Test
    void theAdjustmentReasonIsPrintedInTheReasonCellAndReadBackApart() throws Exception {
        Project p = base().withAdjustmentReason("年中追加系统运维经费");
        Project onlyAdjusted = sample.projects().get(0).withAdjustmentReason("压减一般性支出").withExecutionNote("");
        Report r = sample.withProjects(List.of(p, onlyAdjusted));
        Path f = dir.resolve("adjusted.xlsx");
        new XlsxExporter().export(r, f);
        try (Workbook wb = WorkbookFactory.create(f.toFile(), null, true)) {
            Sheet s = wb.getSheet(p.name());
            assertThat(text(s, row(s, 1, "总额"), SichuanForm.COL_REASON))
                    .isEqualTo(p.executionNote() + "\n" + SichuanForm.ADJUSTMENT_PREFIX + "年中追加系统运维经费");
            Sheet s2 = wb.getSheet(onlyAdjusted.name());
            assertThat(text(s2, row(s2, 1, "总额"), SichuanForm.COL_REASON)).isEqualTo("预算调整原因：压减一般性支出");
        }
        assertThat(new XlsxImporter().read(f)).isEqualTo(r.projects());
    }

    @Test
    void aReportWithoutProjectsGivesTheSummaryAlone() throws Exception {
        Report r = sample.withProjects(List.of());
        Path f = dir.resolve("empty.xlsx");
        new XlsxExporter().export(r, f);
        try (Workbook wb = WorkbookFactory.create(f.toFile(), null, true)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet s = wb.getSheetAt(0);
            assertThat(r2(number(s, row(s, 0, "收入合计"), 3))).isEqualTo(r.finances().incomeTotal());
        }
        assertThat(new XlsxImporter().read(f)).isEmpty();
    }

    static BigDecimal r2(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }
}
