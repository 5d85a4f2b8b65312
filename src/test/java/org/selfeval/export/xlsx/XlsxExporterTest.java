package org.selfeval.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.selfeval.export.xlsx.Sheets.number;
import static org.selfeval.export.xlsx.Sheets.row;
import static org.selfeval.export.xlsx.Sheets.rowStartingWith;
import static org.selfeval.export.xlsx.Sheets.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.exchange.ReportJson;
import org.selfeval.exchange.xlsx.SichuanForm;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.FundSource;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.Percent;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/** The sample exported to the Sichuan workbook and every figure read back from the cells. */
class XlsxExporterTest {
    @TempDir
    static Path dir;
    static Report sample;
    static Path file;
    static Workbook wb;

    @BeforeAll
    static void export() throws Exception {
        sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        file = dir.resolve("自评表.xlsx");
        new XlsxExporter().export(sample, file);
        wb = WorkbookFactory.create(file.toFile(), null, true);
    }

    @AfterAll
    static void close() throws Exception {
        wb.close();
    }

    static BigDecimal r2(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    /** A rate cell holds a fraction; the model's rate is a percentage. */
    static BigDecimal ratePercent(Sheet s, int r, int c) {
        BigDecimal v = number(s, r, c);
        return v == null ? null : v.multiply(Percent.HUNDRED).setScale(6, RoundingMode.HALF_UP);
    }

    @Test
    void summaryComesFirstThenOneSheetPerProject() {
        // the summary, the department sheet (the sample has one), then a sheet per project
        assertThat(wb.getSheetName(0)).isEqualTo(SichuanForm.SUMMARY_SHEET);
        assertThat(wb.getSheetName(1)).isEqualTo(SichuanForm.DEPARTMENT_SHEET);
        assertThat(wb.getNumberOfSheets()).isEqualTo(2 + sample.projects().size());
        for (int i = 0; i < sample.projects().size(); i++) {
            assertThat(wb.getSheetName(i + 2)).isEqualTo(sample.projects().get(i).name());
        }
    }

    @Test
    void eachProjectSheetCarriesTheFormAndTheModelsFigures() {
        for (Project p : sample.projects()) {
            Sheet s = wb.getSheet(p.name());
            assertThat(text(s, 0, 8)).isEqualTo("报表编号:510000_0013zp");
            assertThat(text(s, 1, 0)).isEqualTo("部门预算项目支出绩效自评表(2023年度)");
            assertThat(text(s, 2, 1)).isEqualTo(p.name());
            assertThat(text(s, 3, 1)).isEqualTo(p.competentDepartment());
            assertThat(text(s, 3, 7)).isEqualTo(p.implementingUnit());
            int total = row(s, 1, "总额");
            BudgetFigures t = p.totalFunds();
            assertThat(r2(number(s, total, 2))).isEqualTo(t.initial());
            assertThat(r2(number(s, total, 3))).isEqualTo(t.adjusted());
            assertThat(r2(number(s, total, 4))).isEqualTo(t.executed());
            assertThat(ratePercent(s, total, 5)).isEqualByComparingTo(t.executionRate().orElseThrow().setScale(6, RoundingMode.HALF_UP));
            assertThat(r2(number(s, total, 6))).isEqualTo(p.executionWeight());
            assertThat(r2(number(s, total, 7))).isEqualTo(p.executionScore().orElseThrow());
            assertThat(text(s, total, 8)).isEqualTo(p.executionNote());
            assertThat(p.adjustmentReason()).isEmpty();
            for (FundSource source : SichuanForm.STANDARD_SOURCES) {
                int r = row(s, 1, SichuanForm.FUND_ROWS.get(source));
                BudgetFigures f = p.funds(source);
                assertThat(r2(number(s, r, 2))).isEqualTo(f.initial());
                assertThat(r2(number(s, r, 3))).isEqualTo(f.adjusted());
                assertThat(r2(number(s, r, 4))).isEqualTo(f.executed());
                assertThat(text(s, r, 6)).isEqualTo("/");
                assertThat(text(s, r, 7)).isEqualTo("/");
            }
            int header = rowStartingWith(s, 0, "绩效指标(");
            assertThat(text(s, header, 1)).isEqualTo("一级指标");
            for (int i = 0; i < p.indicators().size(); i++) {
                Indicator ind = p.indicators().get(i);
                int r = header + 1 + i;
                assertThat(text(s, r, 3)).isEqualTo(ind.name());
                assertThat(text(s, r, 4)).isEqualTo(ind.nature().symbol());
                assertThat(text(s, r, 5)).isEqualTo(ind.target());
                assertThat(text(s, r, 6)).isEqualTo(ind.unit());
                assertThat(text(s, r, 7)).isEqualTo(ind.actual());
                assertThat(r2(number(s, r, 8))).isEqualTo(ind.weight());
                assertThat(r2(number(s, r, 9))).isEqualTo(ind.effectiveScore().orElseThrow());
            }
            int sum = row(s, 0, "合计");
            assertThat(r2(number(s, sum, 8))).isEqualTo(p.totalWeight());
            assertThat(r2(number(s, sum, 9))).isEqualTo(p.totalScore().orElseThrow());
            assertThat(text(s, row(s, 0, "评价结论"), 1)).isEqualTo(p.evaluationConclusion());
            assertThat(text(s, row(s, 0, "存在问题"), 1)).isEqualTo(p.problems());
            assertThat(text(s, row(s, 0, "改进措施"), 1)).isEqualTo(p.improvements());
            int sign = rowStartingWith(s, 0, "项目负责人：");
            assertThat(text(s, sign, 5)).startsWith("财务负责人：");
        }
    }

    @Test
    void theSecondProjectScoresAsItsConclusionSays() {
        Project p = sample.projects().get(1);
        Sheet s = wb.getSheet(p.name());
        BigDecimal total = r2(number(s, row(s, 0, "合计"), 9));
        assertThat(p.evaluationConclusion()).contains(total.toPlainString() + "分");
    }

    @Test
    void everyFormulaEvaluatesToItsCachedValue() {
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        int formulas = 0;
        for (Sheet s : wb) {
            for (Row row : s) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    formulas++;
                    CellValue v = ev.evaluate(cell);
                    if (v.getCellType() == CellType.NUMERIC) {
                        assertThat(cell.getCachedFormulaResultType()).as(cell.getAddress().toString()).isEqualTo(CellType.NUMERIC);
                        // the cached value is the model's decimal figure: it may differ from the evaluator's
                        // floating point in the last digits (XlsxCachedValuesTest)
                        assertThat(cell.getNumericCellValue()).as(s.getSheetName() + "!" + cell.getAddress())
                                .isCloseTo(v.getNumberValue(), within(1e-9 * Math.max(1, Math.abs(v.getNumberValue()))));
                    } else {
                        assertThat(v.getCellType()).as(cell.getAddress().toString()).isEqualTo(CellType.STRING);
                        assertThat(cell.getStringCellValue()).isEqualTo(v.getStringValue());
                    }
                }
            }
        }
        assertThat(formulas).isGreaterThan(40);
    }

    @Test
    void quantitativeScoresAreFormulasAndTheStatedScoreIsAValue() {
        Project p = sample.projects().get(1);
        Sheet s = wb.getSheet(p.name());
        int header = rowStartingWith(s, 0, "绩效指标(");
        for (int i = 0; i < p.indicators().size(); i++) {
            Cell score = Sheets.cell(s, header + 1 + i, 9);
            CellType expected = p.indicators().get(i).score() == null ? CellType.FORMULA : CellType.NUMERIC;
            assertThat(score.getCellType()).as(p.indicators().get(i).name()).isEqualTo(expected);
        }
        int total = row(s, 1, "总额");
        assertThat(Sheets.cell(s, total, 2).getCellFormula()).isEqualTo("SUM(C12:C15)");
        assertThat(Sheets.cell(s, total, 7).getCellFormula()).contains("MIN(");
    }

    @Test
    void summaryCarriesIncomeExpenditureCarryoverPublicExpensesAndProjects() {
        Sheet s = wb.getSheet(SichuanForm.SUMMARY_SHEET);
        Finances f = sample.finances();
        int incomeTotal = row(s, 0, "收入合计");
        assertThat(r2(number(s, incomeTotal, 3))).isEqualTo(f.incomeTotal());
        for (IncomeSource src : IncomeSource.values()) {
            int r = row(s, 0, src.label());
            assertThat(r2(number(s, r, 3))).isEqualTo(f.income().get(src));
            assertThat(ratePercent(s, r, 4)).isEqualByComparingTo(Percent.of(f.income(src), f.incomeTotal()).orElseThrow().setScale(6, RoundingMode.HALF_UP));
        }
        int expTotal = row(s, 0, "支出合计");
        assertThat(r2(number(s, expTotal, 3))).isEqualTo(f.expenditureTotal());
        for (ExpenditureCategory c : ExpenditureCategory.values()) {
            int r = row(s, 0, c.label());
            assertThat(Percent.round(ratePercent(s, r, 4))).isEqualTo(Percent.rounded(f.expenditure(c), f.expenditureTotal()).orElseThrow());
        }
        assertThat(text(s, row(s, 0, "基本支出"), 4)).isEqualTo("78.17%");
        assertThat(r2(number(s, row(s, 0, "项目支出结转"), 3))).isEqualTo(f.carryover().project());
        assertThat(r2(number(s, row(s, 0, "年末结转结余合计"), 3))).isEqualTo(f.carryover().total());
        BudgetFigures pe = sample.performance().projectAnalysis().publicExpenses();
        int peRow = row(s, 0, "公用经费");
        assertThat(r2(number(s, peRow, 3))).isEqualTo(pe.initial());
        assertThat(r2(number(s, peRow, 4))).isEqualTo(pe.adjusted());
        assertThat(r2(number(s, peRow, 5))).isEqualTo(pe.executed());
        assertThat(ratePercent(s, peRow, 6)).isEqualByComparingTo(pe.executionRate().orElseThrow().setScale(6, RoundingMode.HALF_UP));
        int first = row(s, 0, "序号") + 1;
        List<Project> projects = sample.projects();
        for (int i = 0; i < projects.size(); i++) {
            Project p = projects.get(i);
            assertThat(text(s, first + i, 1)).isEqualTo(p.name());
            assertThat(r2(number(s, first + i, 3))).isEqualTo(p.totalFunds().initial());
            assertThat(r2(number(s, first + i, 4))).isEqualTo(p.totalFunds().adjusted());
            assertThat(r2(number(s, first + i, 5))).isEqualTo(p.totalFunds().executed());
            assertThat(ratePercent(s, first + i, 6)).isEqualByComparingTo(p.totalFunds().executionRate().orElseThrow().setScale(6, RoundingMode.HALF_UP));
            assertThat(r2(number(s, first + i, 7))).isEqualTo(p.totalScore().orElseThrow());
        }
        BigDecimal sumExecuted = projects.stream().map(p -> p.totalFunds().executed()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(r2(number(s, first + projects.size(), 5))).isEqualTo(sumExecuted);
        // the department sheet's total (the sample has a complete sheet), not the 97.5 the seed states
        assertThat(r2(number(s, row(s, 0, "部门整体支出绩效自评得分"), 3))).isEqualTo(
                org.selfeval.scoring.DepartmentScore.of(sample).flatMap(org.selfeval.scoring.DepartmentScore::total).orElseThrow());
    }

    @Test
    void level1AndLevel2CellsAreMergedDownOverTheirRuns() {
        Project p = sample.projects().get(1);
        Sheet s = wb.getSheet(p.name());
        int first = rowStartingWith(s, 0, "绩效指标(") + 1;
        List<Indicator> rows = p.indicators();
        for (int i = 0; i < rows.size(); i++) {
            int end = i;
            while (end + 1 < rows.size() && rows.get(end + 1).level1().equals(rows.get(i).level1())) {
                end++;
            }
            CellRangeAddress expected = new CellRangeAddress(first + i, first + end, 1, 1);
            if (end > i) {
                assertThat(s.getMergedRegions()).as(rows.get(i).level1()).contains(expected);
                assertThat(text(s, first + i + 1, 1)).isEmpty();
            }
            i = end;
        }
        long level1Merges = s.getMergedRegions().stream().filter(m -> m.getFirstColumn() == 1 && m.getLastColumn() == 1
                && m.getFirstRow() >= first).count();
        assertThat(level1Merges).isEqualTo(2);
        assertThat(s.getMergedRegions()).noneMatch(m -> m.getFirstColumn() == 2 && m.getLastColumn() == 2 && m.getFirstRow() >= first);
        assertThat(s.getMergedRegions()).anyMatch(m -> m.formatAsString().equals("A2:K2"));
    }

    @Test
    void nothingInternalIsInTheCellsTheProjectsDataIsInTheWorkbooksDataPart() throws Exception {
        for (Sheet s : wb) {
            for (org.apache.poi.ss.usermodel.Row row : s) {
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    assertThat(c.getColumnIndex()).as("%s!%s", s.getSheetName(), c.getAddress()).isLessThan(SichuanForm.COLUMNS);
                }
            }
            for (int col = 0; col < SichuanForm.COLUMNS + 2; col++) {
                assertThat(s.isColumnHidden(col)).as("%s column %d", s.getSheetName(), col).isFalse();
            }
        }
        var meta = org.selfeval.exchange.xlsx.WorkbookMeta.read((org.apache.poi.xssf.usermodel.XSSFWorkbook) wb);
        Project second = sample.projects().get(1);
        assertThat(meta.get(second.name()).id()).isEqualTo(second.id());
        assertThat(meta.get(second.name()).reportText()).isEqualTo(second.reportText());
    }

    @Test
    void everySheetPrintsOnA4LandscapeOnePageWideWithTitleRowsRepeated() {
        for (Sheet s : wb) {
            PrintSetup ps = s.getPrintSetup();
            assertThat(ps.getLandscape()).as(s.getSheetName()).isTrue();
            assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(s.getFitToPage()).isTrue();
            assertThat(ps.getFitWidth()).isEqualTo((short) 1);
            assertThat(ps.getFitHeight()).isEqualTo((short) 0);
            assertThat(s.getRepeatingRows()).isNotNull();
            assertThat(s.getRepeatingRows().getFirstRow()).isZero();
        }
        Sheet project = wb.getSheet(sample.projects().get(1).name());
        assertThat(project.getRepeatingRows().formatAsString()).isEqualTo("1:3");
        assertThat(project.getFooter().getCenter()).contains("&P").contains("&N");
        assertThat(wb.getPrintArea(wb.getSheetIndex(project))).contains("$A$1:$K$");
    }

    @Test
    void textCellsUseChineseFontsAndFiguresUseTwoDecimalFormats() {
        Sheet s = wb.getSheet(sample.projects().get(1).name());
        int total = row(s, 1, "总额");
        assertThat(Sheets.cell(s, total, 2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(Sheets.cell(s, total, 5).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        assertThat(wb.getFontAt(Sheets.cell(s, 2, 1).getCellStyle().getFontIndex()).getFontName()).isEqualTo("仿宋");
        assertThat(wb.getFontAt(Sheets.cell(s, 1, 0).getCellStyle().getFontIndex()).getFontName()).isEqualTo("宋体");
        assertThat(Sheets.cell(s, 6, 1).getCellStyle().getWrapText()).isTrue();
        assertThat(s.getColumnWidth(3)).isGreaterThan(s.getColumnWidth(8));
    }
}
