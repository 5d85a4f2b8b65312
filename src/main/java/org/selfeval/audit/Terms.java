package org.selfeval.audit;

import java.util.List;
import java.util.Set;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.IncomeSource;

/**
 * The words a report uses for each figure the text rules compare, as the recogniser gives a label
 * (without year, "其中", "本年" and a trailing "为"). One place, so that the rules and the coverage
 * shown to the clerk agree on what is understood; the import of a published report reads its
 * sentences with the same words.
 */
public final class Terms {
    /** 本年收入合计; "总收入" and "收入总计" also count 上年结转 and are not this figure. */
    public static final Set<String> INCOME_TOTAL = Set.of("收入合计", "收入");
    public static final Set<String> EXPENDITURE_TOTAL = Set.of("支出合计", "支出");
    /** The three 财政拨款 sources together. */
    public static final Set<String> FISCAL_INCOME = Set.of("财政拨款收入", "财政拨款");
    public static final Set<String> PUBLIC_EXPENSE = Set.of("公用经费支出", "公用经费", "日常公用经费", "日常公用经费支出");
    public static final Set<String> PERSONNEL_EXPENSE = Set.of("人员经费支出", "人员经费");
    public static final Set<String> BASIC_CARRYOVER = Set.of("基本支出结转");
    public static final Set<String> PROJECT_CARRYOVER = Set.of("项目支出结转");
    /** Label endings of the budget figures of a project or of 公用经费. */
    public static final List<String> INITIAL = List.of("年初预算数", "年初预算", "年初批复预算", "申请预算资金");
    public static final List<String> ADJUSTED = List.of("调整后预算数", "调整后预算", "调整预算数", "调整预算", "全年预算数");
    public static final List<String> EXECUTED = List.of("预算执行数", "决算数", "执行数", "全年执行数", "实际支出", "完成预算资金");
    public static final List<String> RATE = List.of("执行率");
    public static final List<String> SCORE = List.of("得分", "评分", "总分");

    private Terms() {
    }

    public static Set<String> of(IncomeSource source) {
        return switch (source) {
            case GENERAL_PUBLIC_BUDGET -> Set.of(source.label(), "一般公共预算财政拨款");
            case GOVERNMENT_FUND -> Set.of(source.label(), "政府性基金预算财政拨款");
            case STATE_CAPITAL -> Set.of(source.label(), "国有资本经营预算财政拨款");
            default -> Set.of(source.label());
        };
    }

    public static Set<String> of(ExpenditureCategory category) {
        return Set.of(category.label());
    }

    /** A 结转 total: "…结转", "…结转和结余", but not 上年 (last year's) nor the two parts. */
    public static boolean isCarryoverTotal(String label) {
        return (label.endsWith("结转") || label.endsWith("结转和结余") || label.endsWith("结转结余"))
                && !label.startsWith("上年") && !label.contains("年初") && !BASIC_CARRYOVER.contains(label)
                && !PROJECT_CARRYOVER.contains(label);
    }

    public static boolean endsWithAny(String label, List<String> endings) {
        for (String e : endings) {
            if (label.endsWith(e)) {
                return true;
            }
        }
        return false;
    }
}
