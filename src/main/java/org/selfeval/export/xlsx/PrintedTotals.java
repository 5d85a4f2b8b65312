package org.selfeval.export.xlsx;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.ExecutionScoring;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectStated;
import org.selfeval.model.Stated;

/**
 * The figures of a project sheet's 总额 row as its cells hold them, for the cached results of the
 * formulas that use them: each cell is the stated figure where the clerk chose to print it, else what
 * its formula computes over the cells it refers to — so a rate follows printed totals, and a score a
 * printed rate, as Excel would recompute them.
 *
 * @param funds          年初 / 调整后 / 执行数 of the 总额 row
 * @param computedRate   what the 执行率 formula gives over those cells (%)
 * @param rate           the 执行率 cell (%)
 * @param computedScore  what the 得分 formula gives over the 执行率 and 权重 cells
 * @param executionScore the 得分 cell
 */
record PrintedTotals(BudgetFigures funds, Optional<BigDecimal> computedRate, Optional<BigDecimal> rate,
                     Optional<BigDecimal> computedScore, Optional<BigDecimal> executionScore) {

    static PrintedTotals of(Project p) {
        ProjectStated stated = p.stated();
        BudgetFigures funds = p.printedTotalFunds();
        Optional<BigDecimal> computedRate = funds.executionRate();
        Optional<BigDecimal> rate = Stated.printed(stated.executionRate(), computedRate);
        Optional<BigDecimal> computedScore = stated.executionRate() != null && stated.executionRate().printStated()
                ? rate.map(r -> ExecutionScoring.score(r, p.executionWeight()))
                : ExecutionScoring.score(funds, p.executionWeight());
        return new PrintedTotals(funds, computedRate, rate, computedScore, Stated.printed(stated.executionScore(), computedScore));
    }

    /**
     * What the 合计 得分 formula gives: the execution score plus every indicator's score cell, empty
     * (the formula's "") unless all of them hold a number.
     */
    Optional<BigDecimal> totalScore(List<Optional<BigDecimal>> indicatorScores) {
        Optional<BigDecimal> total = executionScore;
        for (Optional<BigDecimal> s : indicatorScores) {
            if (total.isEmpty() || s.isEmpty()) {
                return Optional.empty();
            }
            total = Optional.of(total.get().add(s.get()));
        }
        return total;
    }
}
