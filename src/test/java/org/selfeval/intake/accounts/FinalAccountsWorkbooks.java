package org.selfeval.intake.accounts;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Workbook;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.IncomeSource;

/**
 * Test workbooks in the real layouts of the 决算 tables, built with POI: the 决算公开 set (tables 1–7
 * and Sichuan's 一般公共预算财政拨款收入支出决算表, in 万元) and the 部门决算 client's export (Z01 …, F01, in
 * 元, with a side-by-side 总表 of three blocks and a sheet name cut at 31 characters). The same builder
 * writes .xlsx and .xls (the workbook passed in decides).
 */
final class FinalAccountsWorkbooks {
    private FinalAccountsWorkbooks() {
    }

    /** One department's figures, in the unit its tables are written in. Null = the row is left out. */
    record Department(
            String name,
            Map<IncomeSource, BigDecimal> income,
            Map<ExpenditureCategory, BigDecimal> expenditure,
            BigDecimal prior,
            BigDecimal yearEnd,
            BigDecimal gpbCarryBasic,
            BigDecimal gpbCarryProject,
            BigDecimal gpbCarrySurplus,
            BigDecimal gpbBasicSpent,
            BigDecimal gpbProjectSpent,
            BigDecimal personnel,
            BigDecimal publicExpenses,
            BigDecimal threeBudget,
            BigDecimal abroad,
            BigDecimal vehiclePurchase,
            BigDecimal vehicleRunning,
            BigDecimal reception,
            BigDecimal incomeTableTotal) {

        BigDecimal incomeTotal() {
            return income.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal expenditureTotal() {
            return expenditure.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal threeActual() {
            return abroad.add(vehiclePurchase).add(vehicleRunning).add(reception);
        }

        BigDecimal in(IncomeSource s) {
            return income.getOrDefault(s, BigDecimal.ZERO);
        }

        BigDecimal out(ExpenditureCategory c) {
            return expenditure.getOrDefault(c, BigDecimal.ZERO);
        }

        /** 收入决算表's 合计 as written: the 总表's unless a disagreement is wanted. */
        BigDecimal incomeTable() {
            return incomeTableTotal == null ? incomeTotal() : incomeTableTotal;
        }
    }

    static Map<IncomeSource, BigDecimal> income(Object... pairs) {
        Map<IncomeSource, BigDecimal> m = new EnumMap<>(IncomeSource.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((IncomeSource) pairs[i], new BigDecimal((String) pairs[i + 1]));
        }
        return m;
    }

    static Map<ExpenditureCategory, BigDecimal> expenditure(Object... pairs) {
        Map<ExpenditureCategory, BigDecimal> m = new EnumMap<>(ExpenditureCategory.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((ExpenditureCategory) pairs[i], new BigDecimal((String) pairs[i + 1]));
        }
        return m;
    }

    static Path write(Path file, Supplier<Workbook> kind, java.util.function.BiConsumer<Workbook, Department> layout, Department d)
            throws IOException {
        try (Workbook wb = kind.get(); OutputStream out = Files.newOutputStream(file)) {
            layout.accept(wb, d);
            wb.write(out);
        }
        return file;
    }

    // ---- the 决算公开 set (万元) ------------------------------------------------------------------

    /** Which of the published tables to write. */
    enum Published { T1, T2, T3, T4, T5, T6, T7, T10 }

    static void published(Workbook wb, Department d) {
        published(wb, d, java.util.EnumSet.allOf(Published.class), false);
    }

    /**
     * @param tables    the tables to write
     * @param noThree   table 7 says "本表无数据" instead of figures
     */
    static void published(Workbook wb, Department d, java.util.Set<Published> tables, boolean noThree) {
        String unit = "金额单位：万元";
        if (tables.contains(Published.T1)) {
            totalTable(wb.createSheet("收入支出决算总表"), d, "公开01表", unit, "决算数", true);
        }
        if (tables.contains(Published.T2)) {
            SheetWriter w = new SheetWriter(wb.createSheet("收入决算表")).title("收入决算表", "公开02表", unit, 9);
            w.row("项目", null, "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入").merge(0, 1);
            w.row("科目编码", "科目名称");
            BigDecimal fiscal = d.in(IncomeSource.GENERAL_PUBLIC_BUDGET).add(d.in(IncomeSource.GOVERNMENT_FUND)).add(d.in(IncomeSource.STATE_CAPITAL));
            w.row("合计", null, text(d.incomeTable()), fiscal, d.in(IncomeSource.SUPERIOR_SUBSIDY), d.in(IncomeSource.INSTITUTION_OPERATION),
                    d.in(IncomeSource.BUSINESS), d.in(IncomeSource.AFFILIATED_REMITTANCE), d.in(IncomeSource.OTHER)).merge(0, 1);
            w.row("201", "一般公共服务支出", d.incomeTable(), fiscal);
        }
        if (tables.contains(Published.T3)) {
            expenditureTable(wb.createSheet("支出决算表"), d, "公开03表", unit);
        }
        if (tables.contains(Published.T4)) {
            SheetWriter w = new SheetWriter(wb.createSheet("财政拨款收入支出决算总表")).title("财政拨款收入支出决算总表", "公开04表", unit, 9);
            BigDecimal gpb = d.in(IncomeSource.GENERAL_PUBLIC_BUDGET);
            BigDecimal gpbSpent = d.gpbBasicSpent().add(d.gpbProjectSpent());
            w.row("收入", null, null, "支出").merge(0, 2).merge(3, 8);
            w.row("项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款");
            w.row("一、一般公共预算财政拨款", "1", gpb, "一、一般公共服务支出", "29", gpbSpent, gpbSpent, BigDecimal.ZERO, BigDecimal.ZERO);
            w.row("二、政府性基金预算财政拨款", "2", d.in(IncomeSource.GOVERNMENT_FUND), "二、外交支出", "30");
            w.row("三、国有资本经营预算财政拨款", "3", d.in(IncomeSource.STATE_CAPITAL));
            w.row("本年收入合计", "4", gpb.add(d.in(IncomeSource.GOVERNMENT_FUND)), "本年支出合计", "31", gpbSpent, gpbSpent);
            w.row("年初财政拨款结转和结余", "5", null, "年末财政拨款结转和结余", "32");
            w.row("一般公共预算财政拨款", "6", null, "一般公共预算财政拨款", "33");
        }
        if (tables.contains(Published.T5)) {
            SheetWriter w = new SheetWriter(wb.createSheet("一般公共预算财政拨款支出决算表"))
                    .title("一般公共预算财政拨款支出决算表", "公开05表", unit, 5);
            w.row("项目", null, "本年支出").merge(0, 1).merge(2, 4);
            w.row("科目编码", "科目名称", "合计", "基本支出", "项目支出");
            w.row("201", "一般公共服务支出", d.gpbBasicSpent().add(d.gpbProjectSpent()), d.gpbBasicSpent(), d.gpbProjectSpent());
            w.row("合计", null, text(d.gpbBasicSpent().add(d.gpbProjectSpent())), text(d.gpbBasicSpent()), text(d.gpbProjectSpent())).merge(0, 1);
        }
        if (tables.contains(Published.T6)) {
            basicTable(wb.createSheet("一般公共预算财政拨款基本支出决算表"), d, "公开06表", unit);
        }
        if (tables.contains(Published.T7)) {
            SheetWriter w = new SheetWriter(wb.createSheet("财政拨款“三公”经费支出决算表"))
                    .title("财政拨款“三公”经费支出决算表", "公开07表", unit, 12);
            w.row("预算数", null, null, null, null, null, "决算数").merge(0, 5).merge(6, 11);
            w.row("合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费",
                    "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费").merge(2, 4).merge(8, 10);
            w.row(null, null, "小计", "公务用车购置费", "公务用车运行费", null, null, null, "小计", "公务用车购置费", "公务用车运行费");
            w.row("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
            if (noThree) {
                w.row("本表无数据");
            } else {
                BigDecimal vehicles = d.vehiclePurchase().add(d.vehicleRunning());
                w.row(d.threeBudget(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        text(d.threeActual()), d.abroad(), vehicles, d.vehiclePurchase(), d.vehicleRunning(), d.reception());
            }
        }
        if (tables.contains(Published.T10)) {
            carryTable(wb.createSheet("一般公共预算财政拨款收入支出决算表"), d, "川财决10表", unit);
        }
    }

    // ---- the 部门决算 client's export (元) ------------------------------------------------------

    /** Excel keeps 31 characters of a sheet name. */
    static String cut(String name) {
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    static void client(Workbook wb, Department d) {
        String unit = "金额单位：元";
        clientTotal(wb.createSheet("Z01 收入支出决算总表(财决01表)"), d, unit);
        SheetWriter z03 = new SheetWriter(wb.createSheet("Z03 收入决算表(财决03表)")).title("收入决算表", "财决03表", unit, 9);
        z03.row("项目", null, "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入").merge(0, 1);
        z03.row("功能分类科目编码", "科目名称");
        z03.row("栏次", null, "1", "2", "3", "4", "5", "6", "7");
        z03.row("合计", null, d.incomeTable(), d.in(IncomeSource.GENERAL_PUBLIC_BUDGET).add(d.in(IncomeSource.GOVERNMENT_FUND)),
                d.in(IncomeSource.SUPERIOR_SUBSIDY), d.in(IncomeSource.INSTITUTION_OPERATION), BigDecimal.ZERO, BigDecimal.ZERO,
                d.in(IncomeSource.OTHER));
        expenditureTable(wb.createSheet("Z04 支出决算表(财决04表)"), d, "财决04表", unit);
        new SheetWriter(wb.createSheet("Z05 支出决算明细表(财决05表)")).title("支出决算明细表", "财决05表", unit, 4)
                .row("项目", "合计", "工资福利支出", "商品和服务支出");
        carryTable(wb.createSheet("Z07 一般公共预算财政拨款收入支出决算表(财决07表)"), d, "财决07表", unit);
        basicTable(wb.createSheet(cut("Z08_1 一般公共预算财政拨款基本支出决算明细表(财决08-1表)")), d, "财决08-1表", unit);
        SheetWriter f01 = new SheetWriter(wb.createSheet("F01 预算支出相关信息表(财决附01表)")).title("预算支出相关信息表", "财决附01表", unit, 4);
        f01.row("项目", "行次", "预算数", "决算数");
        f01.row("一、“三公”经费支出", "1", d.threeBudget(), d.threeActual());
        f01.row("  1.因公出国（境）费", "2", null, d.abroad());
        f01.row("  2.公务用车购置及运行维护费", "3", null, d.vehiclePurchase().add(d.vehicleRunning()));
        f01.row("    （1）公务用车购置费", "4", null, d.vehiclePurchase());
        f01.row("    （2）公务用车运行维护费", "5", null, d.vehicleRunning());
        f01.row("  3.公务接待费", "6", null, d.reception());
        new SheetWriter(wb.createSheet("Z12 资产负债简表(财决12表)")).title("资产负债简表", "财决12表", unit, 3)
                .row("项目", "年初数", "期末数");
    }

    // ---- tables the two layouts share in shape --------------------------------------------------

    /** 收入支出决算总表, 收入 and 支出 side by side in the same rows. */
    private static void totalTable(org.apache.poi.ss.usermodel.Sheet sheet, Department d, String code, String unit, String amount,
                                   boolean asText) {
        SheetWriter w = new SheetWriter(sheet).title("收入支出决算总表", code, unit, 6);
        w.row("收入", null, null, "支出").merge(0, 2).merge(3, 5);
        w.row("项目", "行次", amount, "项目", "行次", amount);
        w.row("栏次", null, "1", "栏次", null, "2");
        String[] sources = {"一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入", "四、上级补助收入",
            "五、事业收入", "六、经营收入", "七、附属单位上缴收入", "八、其他收入"};
        String[] classes = {"一、一般公共服务支出", "二、外交支出", "三、国防支出", "四、公共安全支出", "五、教育支出", "六、科学技术支出",
            "七、文化旅游体育与传媒支出", "八、社会保障和就业支出"};
        IncomeSource[] order = IncomeSource.values();
        for (int i = 0; i < sources.length; i++) {
            BigDecimal v = d.income().get(order[i]);
            w.row(sources[i], String.valueOf(i + 1), v == null ? null : (asText && i == 0 ? text(v) : v),
                    classes[i], String.valueOf(30 + i), i == 0 ? d.expenditureTotal() : null);
        }
        w.row("本年收入合计", "9", asText ? text(d.incomeTotal()) : d.incomeTotal(), "本年支出合计", "38", text(d.expenditureTotal()));
        w.row("使用非财政拨款结余", "10", BigDecimal.ZERO, "结余分配", "39", BigDecimal.ZERO);
        if (d.prior() != null) {
            w.row("年初结转和结余", "11", d.prior(), "年末结转和结余", "40", d.yearEnd());
            w.row("总计", "12", d.incomeTotal().add(d.prior()), "总计", "41", d.expenditureTotal().add(d.yearEnd()));
        }
    }

    /** 财决01: 收入, 支出 by function and 支出 by nature, three blocks side by side. */
    private static void clientTotal(org.apache.poi.ss.usermodel.Sheet sheet, Department d, String unit) {
        SheetWriter w = new SheetWriter(sheet).title("收入支出决算总表", "财决01表", unit, 9);
        w.row("收入", null, null, "支出", null, null, null, null, null).merge(0, 2).merge(3, 8);
        w.row("项目", "行次", "金额", "项目（按功能分类）", "行次", "金额", "项目（按支出性质和经济分类）", "行次", "金额");
        IncomeSource[] order = IncomeSource.values();
        String[] sources = {"一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入", "四、上级补助收入",
            "五、事业收入", "六、经营收入", "七、附属单位上缴收入", "八、其他收入"};
        String[] natures = {"基本支出", "  其中：人员经费", "        公用经费", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出", null};
        BigDecimal[] natureValues = {d.out(ExpenditureCategory.BASIC), d.personnel(), d.publicExpenses(), d.out(ExpenditureCategory.PROJECT),
            d.out(ExpenditureCategory.REMIT_TO_SUPERIOR), d.out(ExpenditureCategory.BUSINESS), d.out(ExpenditureCategory.SUBSIDY_TO_AFFILIATED), null};
        for (int i = 0; i < sources.length; i++) {
            w.row(sources[i], String.valueOf(i + 1), d.in(order[i]), i == 0 ? "一般公共服务支出" : i == 1 ? "农林水支出" : null,
                    String.valueOf(30 + i), i == 0 ? d.expenditureTotal().subtract(new BigDecimal("100000.00")) : i == 1 ? new BigDecimal("100000.00") : null,
                    natures[i], String.valueOf(60 + i), natureValues[i]);
        }
        w.row("本年收入合计", "9", d.incomeTotal(), "本年支出合计", "38", d.expenditureTotal(), "本年支出合计", "68", d.expenditureTotal());
        w.row("使用非财政拨款结余", "10", BigDecimal.ZERO, "结余分配", "39", BigDecimal.ZERO);
        w.row("年初结转和结余", "11", d.prior(), "年末结转和结余", "40", d.yearEnd());
        w.row("收入总计", "12", d.incomeTotal().add(d.prior()), "支出总计", "41", d.expenditureTotal().add(d.yearEnd()));
    }

    /** 支出决算表 / 财决04: the 合计 row carries the totals. */
    private static void expenditureTable(org.apache.poi.ss.usermodel.Sheet sheet, Department d, String code, String unit) {
        SheetWriter w = new SheetWriter(sheet).title("支出决算表", code, unit, 8);
        w.row("项目", null, "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出").merge(0, 1);
        w.row("科目编码", "科目名称");
        w.row("合计", null, d.expenditureTotal(), d.out(ExpenditureCategory.BASIC), d.out(ExpenditureCategory.PROJECT),
                d.out(ExpenditureCategory.REMIT_TO_SUPERIOR), d.out(ExpenditureCategory.BUSINESS),
                d.out(ExpenditureCategory.SUBSIDY_TO_AFFILIATED)).merge(0, 1);
        w.row("201", "一般公共服务支出", d.expenditureTotal(), d.out(ExpenditureCategory.BASIC), d.out(ExpenditureCategory.PROJECT));
    }

    /** 一般公共预算财政拨款基本支出决算表: 人员经费 and 公用经费 in two column blocks. */
    private static void basicTable(org.apache.poi.ss.usermodel.Sheet sheet, Department d, String code, String unit) {
        SheetWriter w = new SheetWriter(sheet).title("一般公共预算财政拨款基本支出决算表", code, unit, 6);
        w.row("人员经费", null, null, "公用经费").merge(0, 2).merge(3, 5);
        w.row("科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数");
        w.row("301", "工资福利支出", d.personnel(), "302", "商品和服务支出", d.publicExpenses());
        w.row("30101", "基本工资", d.personnel(), "30201", "办公费", d.publicExpenses());
        w.row("人员经费合计", null, text(d.personnel()), "公用经费合计", null, text(d.publicExpenses())).merge(0, 1).merge(3, 4);
    }

    /** 一般公共预算财政拨款收入支出决算表 / 财决07: 年初, 本年, 年末 in column groups. */
    private static void carryTable(org.apache.poi.ss.usermodel.Sheet sheet, Department d, String code, String unit) {
        SheetWriter w = new SheetWriter(sheet).title("一般公共预算财政拨款收入支出决算表", code, unit, 11);
        w.row("项目", "年初结转和结余", null, "本年收入", "本年支出", null, null, "年末结转和结余").merge(1, 2).merge(4, 6).merge(7, 10);
        w.row(null, "基本支出结转", "项目支出结转和结余", null, "小计", "基本支出", "项目支出", "小计", "基本支出结转", "项目支出结转和结余")
                .merge(9, 10);
        w.row(null, null, null, null, null, null, null, null, null, "项目支出结转", "项目支出结余");
        BigDecimal spent = d.gpbBasicSpent().add(d.gpbProjectSpent());
        BigDecimal surplus = d.gpbCarrySurplus() == null ? BigDecimal.ZERO : d.gpbCarrySurplus();
        w.row("合计", BigDecimal.ZERO, BigDecimal.ZERO, d.in(IncomeSource.GENERAL_PUBLIC_BUDGET), spent, d.gpbBasicSpent(), d.gpbProjectSpent(),
                d.gpbCarryBasic().add(d.gpbCarryProject()).add(surplus), d.gpbCarryBasic(), d.gpbCarryProject(),
                d.gpbCarrySurplus() == null ? null : surplus);
    }

    private static SheetWriter.Text text(BigDecimal v) {
        return new SheetWriter.Text(String.format("%,.2f", v));
    }
}
