package org.selfeval.intake.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfeval.intake.accounts.FinalAccountsWorkbooks.expenditure;
import static org.selfeval.intake.accounts.FinalAccountsWorkbooks.income;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.selfeval.exchange.ReportJson;
import org.selfeval.intake.Found;
import org.selfeval.intake.ImportPreview;
import org.selfeval.intake.SourceKind;
import org.selfeval.intake.Targets;
import org.selfeval.intake.accounts.FinalAccountsWorkbooks.Department;
import org.selfeval.intake.accounts.FinalAccountsWorkbooks.Published;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Report;

/** 决算 workbooks in the real layouts, .xlsx and .xls, read into previews that land on the right targets. */
class FinalAccountsReaderTest {
    @TempDir
    Path dir;

    /**
     * The Leshan sample's own figures (sample-data/leshan-2023.json) in the 决算公开 set, in 万元. 年初结转和结余
     * 49.43 is what the sample implies: 1123.58 + 年初 = 1124.25 + 48.76, and the report's "较2022年度下降1.36%"
     * (48.76 / 0.9864 ≈ 49.43). 人员经费 = 基本支出 878.87 − 公用经费 225.51. The "三公" figures are not in the
     * sample and are invented here.
     */
    static final Department LESHAN = new Department("乐山市营商环境服务管理局",
            income(IncomeSource.GENERAL_PUBLIC_BUDGET, "1123.58", IncomeSource.GOVERNMENT_FUND, "0", IncomeSource.STATE_CAPITAL, "0",
                    IncomeSource.SUPERIOR_SUBSIDY, "0", IncomeSource.INSTITUTION_OPERATION, "0", IncomeSource.BUSINESS, "0",
                    IncomeSource.AFFILIATED_REMITTANCE, "0", IncomeSource.OTHER, "0"),
            expenditure(ExpenditureCategory.BASIC, "878.87", ExpenditureCategory.PROJECT, "245.38", ExpenditureCategory.REMIT_TO_SUPERIOR, "0",
                    ExpenditureCategory.BUSINESS, "0", ExpenditureCategory.SUBSIDY_TO_AFFILIATED, "0"),
            new BigDecimal("49.43"), new BigDecimal("48.76"),
            new BigDecimal("0"), new BigDecimal("48.76"), null,
            new BigDecimal("878.87"), new BigDecimal("245.38"),
            new BigDecimal("653.36"), new BigDecimal("225.51"),
            new BigDecimal("10.00"), new BigDecimal("0"), new BigDecimal("0"), new BigDecimal("3.60"), new BigDecimal("1.25"),
            null);

    /**
     * An invented county water department, unlike the sample: several income sources, 元, a 结余, and its
     * 收入决算表 one fen above the 总表.
     */
    static final Department QINGHE = new Department("青禾县水利事务中心",
            income(IncomeSource.GENERAL_PUBLIC_BUDGET, "8634512.37", IncomeSource.GOVERNMENT_FUND, "1200000.00",
                    IncomeSource.SUPERIOR_SUBSIDY, "350000.00", IncomeSource.INSTITUTION_OPERATION, "2146880.15",
                    IncomeSource.OTHER, "48300.50"),
            expenditure(ExpenditureCategory.BASIC, "6912345.67", ExpenditureCategory.PROJECT, "5523456.78"),
            new BigDecimal("1045118.40"), new BigDecimal("989008.97"),
            new BigDecimal("120450.00"), new BigDecimal("386210.55"), new BigDecimal("15000.00"),
            new BigDecimal("6102345.67"), new BigDecimal("2532166.70"),
            new BigDecimal("5201000.12"), new BigDecimal("901345.55"),
            new BigDecimal("180000.00"), new BigDecimal("0"), new BigDecimal("0"), new BigDecimal("98456.30"), new BigDecimal("43900.50"),
            new BigDecimal("12379693.03"));

    private static Supplier<Workbook> kind(String ext) {
        return ext.equals("xlsx") ? XSSFWorkbook::new : HSSFWorkbook::new;
    }

    private static Map<String, BigDecimal> values(ImportPreview p) {
        return p.found().stream().collect(Collectors.toMap(f -> f.target().key().value(), f -> (BigDecimal) f.value()));
    }

    private static Found<?> found(ImportPreview p, org.selfeval.intake.Target<?> t) {
        return p.found().stream().filter(f -> f.target().equals(t)).findFirst().orElseThrow(() -> new AssertionError("no " + t));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void theLeshanFiguresInThePublishedTablesLandOnTheirTargets(String ext) throws Exception {
        Path f = FinalAccountsWorkbooks.write(dir.resolve("乐山决算." + ext), kind(ext), FinalAccountsWorkbooks::published, LESHAN);
        ImportPreview p = new FinalAccountsReader().read(f);

        assertThat(p.kind()).isEqualTo(SourceKind.FINAL_ACCOUNTS);
        assertThat(p.fileName()).isEqualTo("乐山决算." + ext);
        assertThat(p.notFound()).isEmpty();
        assertThat(p.notices()).containsExactly("按“部门决算公开表（收入支出决算总表等九张表）”的表式读取");
        Map<String, BigDecimal> v = values(p);
        assertThat(v).containsEntry("finances.income.GENERAL_PUBLIC_BUDGET", new BigDecimal("1123.58"))
                .containsEntry("finances.income.OTHER", new BigDecimal("0.00"))
                .containsEntry("finances.expenditure.BASIC", new BigDecimal("878.87"))
                .containsEntry("finances.expenditure.PROJECT", new BigDecimal("245.38"))
                .containsEntry("finances.expenditure.SUBSIDY_TO_AFFILIATED", new BigDecimal("0.00"))
                .containsEntry("finances.carryover.priorYearTotal", new BigDecimal("49.43"))
                .containsEntry("finances.carryover.basic", new BigDecimal("0.00"))
                .containsEntry("finances.carryover.project", new BigDecimal("48.76"))
                .containsEntry("finances.personnelExpenses", new BigDecimal("653.36"))
                .containsEntry("finances.publicExpenses", new BigDecimal("225.51"))
                .containsEntry("performance.publicExpenses.executed", new BigDecimal("225.51"))
                .containsEntry("sheet.threePublicBudget", new BigDecimal("10.00"))
                .containsEntry("sheet.threePublicActual", new BigDecimal("4.85"))
                .containsEntry("sheet.threePublic.abroad", new BigDecimal("0.00"))
                .containsEntry("sheet.threePublic.vehiclePurchase", new BigDecimal("0.00"))
                .containsEntry("sheet.threePublic.vehicleRunning", new BigDecimal("3.60"))
                .containsEntry("sheet.threePublic.reception", new BigDecimal("1.25"));
        assertThat(p.found()).hasSize(8 + 5 + 1 + 3 + 3 + 6);
        assertThat(found(p, Targets.income(IncomeSource.GENERAL_PUBLIC_BUDGET)).source())
                .isEqualTo("收入支出决算总表 C6（一般公共预算财政拨款收入）");
        assertThat(found(p, Targets.expenditure(ExpenditureCategory.BASIC)).source()).isEqualTo("支出决算表 D5（基本支出）");
        assertThat(found(p, Targets.PUBLIC_EXPENSES).source()).isEqualTo("一般公共预算财政拨款基本支出决算表 F7（公用经费合计）");
        assertThat(found(p, Targets.THREE_PUBLIC_RECEPTION).source()).isEqualTo("财政拨款“三公”经费支出决算表 L7（公务接待费决算数）");

        Report sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        // the sample already holds these figures: taking the tables changes none of them
        assertThat(p.changes(sample)).extracting(x -> x.target().key().value()).doesNotContain(
                "finances.income.GENERAL_PUBLIC_BUDGET", "finances.expenditure.BASIC", "finances.expenditure.PROJECT",
                "finances.carryover.project", "performance.publicExpenses.executed");
        Report taken = p.applyAll(sample.withFinances(org.selfeval.model.Finances.EMPTY));
        assertThat(taken.finances().incomeTotal()).isEqualByComparingTo("1123.58");
        assertThat(taken.finances().expenditureTotal()).isEqualByComparingTo("1124.25");
        assertThat(taken.finances().carryover().priorYearTotal()).isEqualByComparingTo("49.43");
        assertThat(taken.departmentSheet().threePublicParts().sum()).isEqualByComparingTo("4.85");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void theClientExportInYuanWithACutSheetNameAndAFenOfDifference(String ext) throws Exception {
        Path f = FinalAccountsWorkbooks.write(dir.resolve("青禾决算." + ext), kind(ext), FinalAccountsWorkbooks::client, QINGHE);
        ImportPreview p = new FinalAccountsReader().read(f);

        assertThat(p.notFound()).isEmpty();
        Map<String, BigDecimal> v = values(p);
        assertThat(v).containsEntry("finances.income.GENERAL_PUBLIC_BUDGET", new BigDecimal("863.451237"))
                .containsEntry("finances.income.GOVERNMENT_FUND", new BigDecimal("120.00"))
                .containsEntry("finances.income.STATE_CAPITAL", new BigDecimal("0.00"))
                .containsEntry("finances.income.SUPERIOR_SUBSIDY", new BigDecimal("35.00"))
                .containsEntry("finances.income.INSTITUTION_OPERATION", new BigDecimal("214.688015"))
                .containsEntry("finances.income.OTHER", new BigDecimal("4.83005"))
                .containsEntry("finances.expenditure.BASIC", new BigDecimal("691.234567"))
                .containsEntry("finances.expenditure.PROJECT", new BigDecimal("552.345678"))
                .containsEntry("finances.carryover.priorYearTotal", new BigDecimal("104.51184"))
                .containsEntry("finances.carryover.basic", new BigDecimal("12.045"))
                .containsEntry("finances.carryover.project", new BigDecimal("38.621055"))
                .containsEntry("finances.carryover.surplus", new BigDecimal("1.50"))
                .containsEntry("finances.personnelExpenses", new BigDecimal("520.100012"))
                .containsEntry("finances.publicExpenses", new BigDecimal("90.134555"))
                .containsEntry("sheet.threePublicBudget", new BigDecimal("18.00"))
                .containsEntry("sheet.threePublicActual", new BigDecimal("14.23568"))
                .containsEntry("sheet.threePublic.vehicleRunning", new BigDecimal("9.84563"))
                .containsEntry("sheet.threePublic.reception", new BigDecimal("4.39005"));
        assertThat(found(p, Targets.CARRYOVER_PROJECT).source())
                .isEqualTo("Z07 一般公共预算财政拨款收入支出决算表(财决07表) J6（年末项目支出结转）");
        assertThat(found(p, Targets.PERSONNEL_EXPENSES).source()).startsWith("Z08_1 一般公共预算财政拨款基本支出决算明细表(财决08- C7");
        assertThat(p.notices()).containsExactly(
                "按“部门决算软件导出表（财决01表等）”的表式读取",
                "金额单位为元，已换算为万元（工作表「Z01 收入支出决算总表(财决01表)」「Z03 收入决算表(财决03表)」「Z04 支出决算表(财决04表)」"
                        + "「Z07 一般公共预算财政拨款收入支出决算表(财决07表)」「Z08_1 一般公共预算财政拨款基本支出决算明细表(财决08-」"
                        + "「F01 预算支出相关信息表(财决附01表)」）",
                "1 处相差 0.01 的尾差（四舍五入所致）：收入支出决算总表「本年收入合计」（C13） 12,379,693.02 元 与 "
                        + "收入决算表（财决03表）「本年收入合计」（C6） 12,379,693.03 元");

        Report taken = p.applyAll(ReportJson.read(Path.of("sample-data/leshan-2023.json")));
        assertThat(taken.finances().incomeTotal()).isEqualByComparingTo("1237.969302");
        assertThat(taken.finances().expenditureTotal()).isEqualByComparingTo("1243.580245");
    }

    @Test
    void realDifferencesAreOneNoticeEachNamingBothTables() throws Exception {
        Department off = new Department("青禾县水利事务中心", QINGHE.income(), QINGHE.expenditure(), QINGHE.prior(), QINGHE.yearEnd(),
                QINGHE.gpbCarryBasic(), QINGHE.gpbCarryProject(), QINGHE.gpbCarrySurplus(), QINGHE.gpbBasicSpent(), QINGHE.gpbProjectSpent(),
                QINGHE.personnel(), new BigDecimal("901345.56"), QINGHE.threeBudget(), QINGHE.abroad(), QINGHE.vehiclePurchase(),
                QINGHE.vehicleRunning(), QINGHE.reception(), new BigDecimal("12389693.02"));
        Path f = FinalAccountsWorkbooks.write(dir.resolve("不一致.xlsx"), XSSFWorkbook::new, FinalAccountsWorkbooks::client, off);
        ImportPreview p = new FinalAccountsReader().read(f);
        assertThat(p.notices()).filteredOn(n -> n.contains("不一致")).containsExactly(
                "收入支出决算总表「本年收入合计」（C13） 12,379,693.02 元 与 收入决算表（财决03表）「本年收入合计」（C6） 12,389,693.02 元 "
                        + "不一致，相差 10,000.00 元，请核对决算表");
        assertThat(p.notices()).anyMatch(n -> n.startsWith("1 处相差 0.01 的尾差") && n.contains("「人员经费合计」+「公用经费合计」"));
    }

    @Test
    void aMissingTableIsNamedWithTheSheetsThatAreThere() throws Exception {
        EnumSet<Published> without6 = EnumSet.complementOf(EnumSet.of(Published.T6));
        Path f = FinalAccountsWorkbooks.write(dir.resolve("缺表6.xlsx"), XSSFWorkbook::new,
                (wb, d) -> FinalAccountsWorkbooks.published(wb, d, without6, false), LESHAN);
        ImportPreview p = new FinalAccountsReader().read(f);
        assertThat(p.notFound()).singleElement().satisfies(m -> assertThat(m)
                .startsWith("未找到「一般公共预算财政拨款基本支出决算表」：没有名称或标题含「一般公共预算财政拨款基本支出决算表」")
                .contains("本文件的工作表：「收入支出决算总表」「收入决算表」「支出决算表」「财政拨款收入支出决算总表」"));
        assertThat(values(p)).doesNotContainKeys("finances.personnelExpenses", "finances.publicExpenses")
                .containsEntry("finances.income.GENERAL_PUBLIC_BUDGET", new BigDecimal("1123.58"));
    }

    @Test
    void aMissingRowNamesTheLabelLookedFor() throws Exception {
        Department noPrior = new Department("x", LESHAN.income(), LESHAN.expenditure(), null, null, LESHAN.gpbCarryBasic(),
                LESHAN.gpbCarryProject(), null, LESHAN.gpbBasicSpent(), LESHAN.gpbProjectSpent(), LESHAN.personnel(),
                LESHAN.publicExpenses(), LESHAN.threeBudget(), LESHAN.abroad(), LESHAN.vehiclePurchase(), LESHAN.vehicleRunning(),
                LESHAN.reception(), null);
        Path f = FinalAccountsWorkbooks.write(dir.resolve("缺行.xls"), HSSFWorkbook::new, FinalAccountsWorkbooks::published, noPrior);
        ImportPreview p = new FinalAccountsReader().read(f);
        assertThat(p.notFound()).containsExactly("收入支出决算总表 · 年初结转和结余：在工作表「收入支出决算总表」未找到行「年初结转和结余」");
    }

    @Test
    void aCellThatIsNotAnAmountOrIsNegativeIsNotTakenAndSaysWhere() throws Exception {
        Path f = dir.resolve("坏格.xls");
        FinalAccountsWorkbooks.write(f, HSSFWorkbook::new, FinalAccountsWorkbooks::published, LESHAN);
        try (Workbook wb = WorkbookFactory.create(Files.newInputStream(f))) {
            wb.getSheet("收入支出决算总表").getRow(5).getCell(2).setCellValue("一千一百");
            wb.getSheet("支出决算表").getRow(4).getCell(4).setCellValue(-245.38);
            try (var out = Files.newOutputStream(dir.resolve("坏格2.xls"))) {
                wb.write(out);
            }
        }
        ImportPreview p = new FinalAccountsReader().read(dir.resolve("坏格2.xls"));
        assertThat(p.notFound()).containsExactly(
                "收入支出决算总表 · 一般公共预算财政拨款收入：工作表「收入支出决算总表」单元格 C6 应为金额，却是「一千一百」",
                "支出决算表 · 项目支出：支出决算表 E5（项目支出） 为负数（-245.38 万元），未导入");
        assertThat(values(p)).doesNotContainKeys("finances.income.GENERAL_PUBLIC_BUDGET", "finances.expenditure.PROJECT")
                .containsEntry("finances.expenditure.BASIC", new BigDecimal("878.87"));
        assertThat(p.notices()).anyMatch(n -> n.startsWith("支出决算表「本年支出合计」（C5） 1,124.25 万元 与 支出决算表「基本支出」+「项目支出」"));
    }

    @Test
    void anEmptyThreePublicTableGivesZeros() throws Exception {
        Path f = FinalAccountsWorkbooks.write(dir.resolve("无三公.xlsx"), XSSFWorkbook::new,
                (wb, d) -> FinalAccountsWorkbooks.published(wb, d, EnumSet.allOf(Published.class), true), LESHAN);
        ImportPreview p = new FinalAccountsReader().read(f);
        assertThat(p.notFound()).isEmpty();
        assertThat(values(p)).containsEntry("sheet.threePublicActual", new BigDecimal("0.00"))
                .containsEntry("sheet.threePublic.reception", new BigDecimal("0.00"));
        assertThat(found(p, Targets.THREE_PUBLIC_ACTUAL).source()).contains("本表无数据");
    }

    @Test
    void aDecimalSumStoredAsABinaryDoubleIsReadAsTheTableShowsIt() throws Exception {
        Path f = dir.resolve("噪声.xlsx");
        FinalAccountsWorkbooks.write(f, XSSFWorkbook::new, FinalAccountsWorkbooks::published, LESHAN);
        try (Workbook wb = WorkbookFactory.create(Files.newInputStream(f))) {
            // 0.1 + 0.2 as Excel stores a sum: 0.30000000000000004
            wb.getSheet("收入支出决算总表").getRow(12).getCell(2).setCellValue(0.1 + 0.2);
            try (var out = Files.newOutputStream(dir.resolve("噪声2.xlsx"))) {
                wb.write(out);
            }
        }
        ImportPreview p = new FinalAccountsReader().read(dir.resolve("噪声2.xlsx"));
        assertThat(values(p)).containsEntry("finances.income.OTHER", new BigDecimal("0.30"));
    }

    @Test
    void looksLikeFinalAccountsTellsTheTablesFromASelfEvaluationWorkbook() throws Exception {
        Path f = FinalAccountsWorkbooks.write(dir.resolve("决算.xlsx"), XSSFWorkbook::new, FinalAccountsWorkbooks::client, QINGHE);
        try (InputStream in = Files.newInputStream(f); Workbook wb = WorkbookFactory.create(in)) {
            assertThat(FinalAccountsReader.looksLikeFinalAccounts(wb)).isTrue();
        }
        Report sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        Path sheet = dir.resolve("自评表.xlsx");
        new org.selfeval.export.xlsx.XlsxExporter().export(sample, sheet);
        try (InputStream in = Files.newInputStream(sheet); Workbook wb = WorkbookFactory.create(in)) {
            assertThat(FinalAccountsReader.looksLikeFinalAccounts(wb)).isFalse();
        }
    }
}
