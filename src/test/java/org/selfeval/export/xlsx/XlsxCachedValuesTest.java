package org.selfeval.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.selfeval.TestReports;
import org.selfeval.bench.LiveRefreshTiming;
import org.selfeval.exchange.xlsx.SichuanForm;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectStated;
import org.selfeval.model.QualitativeGrade;
import org.selfeval.model.Report;
import org.selfeval.model.Stated;

/**
 * The exporter writes the model's figures as the formulas' cached results instead of running POI's
 * evaluator: every formula cell of the file it streams for a report of many projects (stated figures printed, zero and
 * missing budgets, text targets, no indicators) holds what a fresh evaluator computes from the
 * formula, so the shortcut cannot drift from the formulas.
 */
class XlsxCachedValuesTest {
    /** Doubles from decimal arithmetic and from the evaluator's floating point agree this closely. */
    private static final double RELATIVE = 1e-9;

    @ParameterizedTest
    @EnumSource(XlsxLayout.class)
    void everyCachedResultIsWhatTheEvaluatorComputes(XlsxLayout layout, @TempDir Path dir) throws Exception {
        Report report = report();
        Path file = dir.resolve("自评表.xlsx");
        new XlsxExporter(new XlsxOptions(layout)).export(report, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            List<String> wrong = new ArrayList<>();
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.FORMULA) {
                            formulas++;
                            compare(c, evaluator.evaluate(c), wrong);
                        }
                    }
                }
            }
            assertThat(wrong).isEmpty();
            assertThat(formulas).isGreaterThan(report.projects().size() * 10);
        }
    }

    @ParameterizedTest
    @EnumSource(XlsxLayout.class)
    void aStatedFigureChosenForPrintReplacesTheFormulaAndTheRateFollowsIt(XlsxLayout layout) throws Exception {
        Project p = TestReports.sample().projects().get(1).withStated(ProjectStated.NONE
                .withTotalExecuted(Stated.of(new BigDecimal("12.5")).withPrintStated(true)));
        Report report = TestReports.sample().withProjects(List.of(p));
        try (XSSFWorkbook wb = new XlsxExporter(new XlsxOptions(layout)).build(report)) {
            Sheet s = wb.getSheet(p.name());
            boolean sichuan = layout == XlsxLayout.SICHUAN;
            int total = Sheets.row(s, 1, sichuan ? "总额" : "年度资金总额");
            Cell executed = Sheets.cell(s, total, sichuan ? SichuanForm.COL_EXECUTED : 5);
            assertThat(executed.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(executed.getNumericCellValue()).isEqualTo(12.5);
            Cell rate = Sheets.cell(s, total, sichuan ? SichuanForm.COL_RATE : 7);
            double budget = p.totalFunds().effectiveBudget().doubleValue();
            assertThat(rate.getNumericCellValue()).isCloseTo(12.5 / budget, org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    private static void compare(Cell c, CellValue fresh, List<String> wrong) {
        String where = c.getSheet().getSheetName() + "!" + c.getAddress() + " =" + c.getCellFormula();
        CellType cached = c.getCachedFormulaResultType();
        if (fresh.getCellType() != cached) {
            wrong.add(where + ": cached " + cached + ", evaluator " + fresh.formatAsString());
        } else if (cached == CellType.NUMERIC) {
            double a = c.getNumericCellValue();
            double b = fresh.getNumberValue();
            if (Math.abs(a - b) > RELATIVE * Math.max(1, Math.abs(b))) {
                wrong.add(where + ": cached " + a + ", evaluator " + b);
            }
        } else if (cached == CellType.STRING && !c.getStringCellValue().equals(fresh.getStringValue())) {
            wrong.add(where + ": cached \"" + c.getStringCellValue() + "\", evaluator " + fresh.formatAsString());
        }
    }

    /** The sample with every optional part, a dozen generated projects and the edge cases of the formulas. */
    static Report report() throws Exception {
        Report rich = TestReports.rich();
        List<Project> projects = new ArrayList<>(rich.projects());
        projects.addAll(LiveRefreshTiming.large(rich, 12, 9).projects());
        Project base = rich.projects().get(1);
        BigDecimal ten = new BigDecimal("10");
        projects.add(base.withName("无指标").withIndicators(List.of()));
        projects.add(base.withName("预算为零").withFunds(Map.of(FundSource.FISCAL,
                new BudgetFigures(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("3")))));
        projects.add(base.withName("未执行").withFunds(Map.of(FundSource.FISCAL, new BudgetFigures(ten, null, null),
                FundSource.UNIT, new BudgetFigures(null, new BigDecimal("2.5"), null))));
        projects.add(base.withName("超支与结转").withFunds(Map.of(FundSource.FISCAL,
                        new BudgetFigures(new BigDecimal("33.33"), null, new BigDecimal("40.01")),
                        FundSource.PRIOR_YEAR_CARRYOVER, new BudgetFigures(new BigDecimal("0.07"), new BigDecimal("1.13"),
                                new BigDecimal("0.99")),
                        FundSource.OTHER, new BudgetFigures(new BigDecimal("7"), new BigDecimal("6.5"), new BigDecimal("1")))));
        projects.add(base.withName("各类指标").withIndicators(Stream.of(IndicatorNature.values())
                .filter(IndicatorNature::isQuantitative)
                .flatMap(n -> Stream.of(row(n, "95.5", "90.25", "7.5"), row(n, "0", "0", "3"), row(n, "3", "4", "6.66"),
                        row(n, "12", "24", "9"), row(n, "≥95%", "90%", "5")))
                .toList()));
        projects.add(base.withName("定性与填报").withIndicators(List.of(
                qualitative(QualitativeGrade.ACHIEVED, null), qualitative(QualitativeGrade.PARTIALLY_ACHIEVED, null),
                qualitative(QualitativeGrade.NOT_ACHIEVED, null), qualitative(QualitativeGrade.ACHIEVED, new BigDecimal("7.77")),
                qualitative(null, null)))
                .withStated(new ProjectStated(Stated.of(new BigDecimal("99")).withPrintStated(true), null, null,
                        Stated.of(new BigDecimal("80.5")).withPrintStated(true), null, null)));
        projects.add(base.withName("填报得分").withStated(ProjectStated.NONE
                .withExecutionScore(Stated.of(new BigDecimal("6.5")).withPrintStated(true))
                .withTotalAdjusted(Stated.blank().withPrintStated(true))));
        return rich.withProjects(projects);
    }

    private static Indicator row(IndicatorNature nature, String target, String actual, String weight) {
        return new Indicator("产出指标", nature.symbol(), "指标" + target, nature, target, "个", actual, new BigDecimal(weight),
                null, null, "");
    }

    private static Indicator qualitative(QualitativeGrade grade, BigDecimal score) {
        return new Indicator("效益指标", "社会效益指标", "定性", IndicatorNature.QUALITATIVE, "好", "", "较好", new BigDecimal("15"),
                score, grade, "");
    }
}
