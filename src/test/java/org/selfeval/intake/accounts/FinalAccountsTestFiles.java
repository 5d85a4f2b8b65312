package org.selfeval.intake.accounts;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.IncomeSource;

/** 决算 workbooks for tests outside this package (the window's import, the folder review). */
public final class FinalAccountsTestFiles {
    private FinalAccountsTestFiles() {
    }

    /**
     * The Leshan sample's 决算公开 tables with 一般公共预算财政拨款收入 1200.00 and 基本支出 900.00 (both sides of
     * the 总表 kept equal by the 年末结转和结余), as an .xlsx.
     */
    public static Path sampleWithNewFigures(Path file) throws java.io.IOException {
        FinalAccountsWorkbooks.Department d = FinalAccountsReaderTest.LESHAN;
        Map<IncomeSource, BigDecimal> income = new EnumMap<>(d.income());
        income.put(IncomeSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("1200.00"));
        Map<ExpenditureCategory, BigDecimal> expenditure = new EnumMap<>(d.expenditure());
        expenditure.put(ExpenditureCategory.BASIC, new BigDecimal("900.00"));
        FinalAccountsWorkbooks.Department changed = new FinalAccountsWorkbooks.Department(d.name(), income, expenditure, d.prior(),
                new BigDecimal("104.05"), d.gpbCarryBasic(), new BigDecimal("104.05"), d.gpbCarrySurplus(), new BigDecimal("900.00"),
                d.gpbProjectSpent(), new BigDecimal("674.49"), d.publicExpenses(), d.threeBudget(), d.abroad(), d.vehiclePurchase(),
                d.vehicleRunning(), d.reception(), null);
        return FinalAccountsWorkbooks.write(file, XSSFWorkbook::new, FinalAccountsWorkbooks::published, changed);
    }
}
