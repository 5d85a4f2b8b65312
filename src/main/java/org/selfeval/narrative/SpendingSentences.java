package org.selfeval.narrative;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.BudgetFigures;

/**
 * Sentences that restate 年初 / 调整 / 决算 figures and the execution rate: 三(二)1 三是支出控制情况
 * (公用经费) and each project's figures in 三(二)2. 执行率 = 决算数 / 调整预算数 (年初 when not adjusted).
 * A figure not entered is left out with its clause.
 */
public final class SpendingSentences {
    private SpendingSentences() {
    }

    /** "2023年度部门公用经费年初预算数179.18万元，调整预算数为225.51万元，决算数为225.51万元，执行率为100%。" */
    public static String publicExpenses(int year, BudgetFigures f) {
        if (f.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(100);
        sb.append(year).append("年度部门公用经费");
        figures(sb, f, "为");
        return sb.toString();
    }

    /** "年初预算数157.30万元，调整预算数133.47万元，决算数133.47万元，执行率100%。" */
    public static String project(BudgetFigures f) {
        if (f.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(80);
        figures(sb, f, "");
        return sb.toString();
    }

    private static void figures(StringBuilder sb, BudgetFigures f, String copula) {
        boolean any = false;
        if (f.initial() != null) {
            Figures.amountWan(sb.append("年初预算数"), f.initial());
            any = true;
        }
        if (f.adjusted() != null) {
            Figures.amountWan(sb.append(any ? "，" : "").append("调整预算数").append(copula), f.adjusted());
            any = true;
        }
        if (f.executed() != null) {
            Figures.amountWan(sb.append(any ? "，" : "").append("决算数").append(copula), f.executed());
            Optional<BigDecimal> rate = f.executionRate();
            if (rate.isPresent()) {
                Figures.percentSign(sb.append("，执行率").append(copula), rate.get());
            }
        }
        sb.append('。');
    }
}
