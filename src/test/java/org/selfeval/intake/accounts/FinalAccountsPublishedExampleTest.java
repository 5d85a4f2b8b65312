package org.selfeval.intake.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfeval.intake.accounts.FinalAccountsWorkbooks.expenditure;
import static org.selfeval.intake.accounts.FinalAccountsWorkbooks.income;

import java.nio.file.Path;
import java.util.EnumSet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.exchange.ReportJson;
import org.selfeval.intake.ImportPreview;
import org.selfeval.intake.Targets;
import org.selfeval.intake.accounts.FinalAccountsWorkbooks.Department;
import org.selfeval.intake.accounts.FinalAccountsWorkbooks.Published;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Report;

/**
 * A real department's published 2022 决算 figures (source: https://dyrmt.com/article-133619-2.html, see
 * the README beside the test data) in the 决算公开 tables 1–3, read and applied to a report.
 */
class FinalAccountsPublishedExampleTest {
    static final Department PUBLISHED = new Department("四川某县单位（2022年度单位决算）",
            income(IncomeSource.GENERAL_PUBLIC_BUDGET, "3859.16", IncomeSource.GOVERNMENT_FUND, "0", IncomeSource.STATE_CAPITAL, "0",
                    IncomeSource.SUPERIOR_SUBSIDY, "0", IncomeSource.INSTITUTION_OPERATION, "0", IncomeSource.BUSINESS, "0",
                    IncomeSource.AFFILIATED_REMITTANCE, "0", IncomeSource.OTHER, "266.33"),
            expenditure(ExpenditureCategory.BASIC, "1140.27", ExpenditureCategory.PROJECT, "3003.64", ExpenditureCategory.REMIT_TO_SUPERIOR, "0",
                    ExpenditureCategory.BUSINESS, "0", ExpenditureCategory.SUBSIDY_TO_AFFILIATED, "0"),
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    @TempDir
    Path dir;

    @Test
    void thePublishedTotalsReachTheReport() throws Exception {
        EnumSet<Published> tables = EnumSet.of(Published.T1, Published.T2, Published.T3);
        Path f = FinalAccountsWorkbooks.write(dir.resolve("2022年度单位决算.xls"), HSSFWorkbook::new,
                (wb, d) -> FinalAccountsWorkbooks.published(wb, d, tables, false), PUBLISHED);
        ImportPreview p = new FinalAccountsReader().read(f);

        // every check of tables 1–3 holds: no notice but the layout's name
        assertThat(p.notices()).hasSize(1);
        assertThat(p.notFound()).hasSize(6).anyMatch(m -> m.startsWith("未找到「财政拨款收入支出决算总表」"))
                .anyMatch(m -> m.startsWith("未找到「财政拨款“三公”经费支出决算表」"))
                .anyMatch(m -> m.startsWith("收入支出决算总表 · 年初结转和结余：在工作表「收入支出决算总表」未找到行「年初结转和结余」"));
        assertThat(p.found()).filteredOn(x -> x.target().equals(Targets.income(IncomeSource.OTHER))).singleElement()
                .satisfies(x -> assertThat(x.source()).isEqualTo("收入支出决算总表 C13（其他收入）"));

        Report sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        Report taken = p.applyAll(sample.withFinances(Finances.EMPTY));
        assertThat(taken.finances().incomeTotal()).isEqualByComparingTo("4125.49");
        assertThat(taken.finances().expenditureTotal()).isEqualByComparingTo("4143.91");
        assertThat(taken.finances().income(IncomeSource.GENERAL_PUBLIC_BUDGET)).isEqualByComparingTo("3859.16");
        assertThat(taken.finances().expenditure(ExpenditureCategory.PROJECT)).isEqualByComparingTo("3003.64");
    }
}
