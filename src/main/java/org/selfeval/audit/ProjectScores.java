package org.selfeval.audit;

import java.math.BigDecimal;
import java.util.Optional;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorScoring;
import org.selfeval.model.Project;

/**
 * The same scores as {@link Indicator#effectiveScore()} and {@link Project#totalScore()}, with the
 * cells read by {@link CellNumbers}: the audit asks for them for every row of every project.
 */
final class ProjectScores {
    private ProjectScores() {
    }

    static Optional<BigDecimal> score(Indicator row) {
        if (row.score() != null) {
            return Optional.of(row.score());
        }
        if (row.weight() == null) {
            return Optional.empty();
        }
        if (!row.nature().isQuantitative()) {
            return row.grade() == null ? Optional.empty() : Optional.of(IndicatorScoring.qualitativeDefault(row.grade(), row.weight()));
        }
        Optional<BigDecimal> target = CellNumbers.parse(row.target());
        Optional<BigDecimal> actual = CellNumbers.parse(row.actual());
        if (target.isEmpty() || actual.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(IndicatorScoring.quantitative(row.nature(), target.get(), actual.get(), row.weight()));
    }

    static Optional<BigDecimal> total(Project p) {
        Optional<BigDecimal> execution = p.executionScore();
        if (execution.isEmpty()) {
            return execution;
        }
        BigDecimal total = execution.get();
        for (Indicator row : p.indicators()) {
            Optional<BigDecimal> s = score(row);
            if (s.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(s.get());
        }
        return Optional.of(total);
    }
}
