package org.selfeval.scoring;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.parser.ParseException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.selfeval.model.Scores;
import org.selfeval.profile.DepartmentSheetDefinition.Band;
import org.selfeval.profile.DepartmentSheetDefinition.Row;
import org.selfeval.profile.DepartmentSheetDefinition.Scoring;

/**
 * Evaluates one row of a 部门整体支出绩效自评表: its value from the base figures by the profile's formula
 * (EvalEx, BigDecimal throughout), and its score by the profile's rule. Scores are rounded HALF_UP to
 * two decimals (as the form's round(…, 2)); a value is kept exact and shown rounded.
 */
public final class SheetScoring {
    private static final ExpressionConfiguration CONFIG = ExpressionConfiguration.builder()
            .mathContext(MathContext.DECIMAL128).build();

    private SheetScoring() {
    }

    /**
     * A row evaluated.
     *
     * @param value   the formula's value; empty when a base figure it needs is missing or zero as a divisor
     * @param score   the score; empty when the value is
     * @param missing what the value still needs ("" when complete)
     */
    public record Result(Optional<BigDecimal> value, Optional<BigDecimal> score, String missing) {
    }

    /** The value of the row's formula over the base figures (null entries = not entered). */
    public static Result evaluate(Row row, Map<String, BigDecimal> figures) {
        StringJoiner missing = new StringJoiner("、");
        Optional<BigDecimal> value = compute(row.formula(), figures, missing);
        if (missing.length() > 0) {
            return new Result(Optional.empty(), Optional.empty(), missing.toString());
        }
        return value.map(v -> new Result(Optional.of(v), Optional.of(score(row.scoring(), row.weight(), v)), ""))
                .orElseGet(() -> new Result(Optional.empty(), Optional.empty(), "除数为零"));
    }

    /** The value of an expression over the figures; empty when a figure is missing or a divisor is zero. */
    public static Optional<BigDecimal> value(String formula, Map<String, BigDecimal> figures) {
        return compute(formula, figures, new StringJoiner("、"));
    }

    /** Binds the formula's figures (naming the absent ones in {@code missing}) and evaluates it when all are there. */
    private static Optional<BigDecimal> compute(String formula, Map<String, BigDecimal> figures, StringJoiner missing) {
        Expression e = new Expression(formula, CONFIG);
        try {
            for (String name : e.getUsedVariables()) {
                BigDecimal v = figures.get(name);
                if (v == null) {
                    missing.add(name);
                } else {
                    e.with(name, v);
                }
            }
            return missing.length() > 0 ? Optional.empty() : Optional.of(e.evaluate().getNumberValue());
        } catch (EvaluationException div) {
            return Optional.empty();
        } catch (ParseException bad) {
            throw new IllegalStateException("地区配置中的公式无法解析：" + formula, bad);
        }
    }

    /** The score of a value under a rule, 0 to the weight, two decimals. */
    public static BigDecimal score(Scoring s, BigDecimal weight, BigDecimal value) {
        BigDecimal raw = switch (s.kind()) {
            case AT_MOST -> weight.subtract(s.perPoint().multiply(value.subtract(s.target()).max(BigDecimal.ZERO)));
            case AT_LEAST -> weight.subtract(s.perPoint().multiply(s.target().subtract(value).max(BigDecimal.ZERO)));
            case PROPORTIONAL -> weight.multiply(value.divide(s.target(), MathContext.DECIMAL128).min(BigDecimal.ONE));
            case BANDS -> weight.multiply(s.bands().stream().filter(b -> b.contains(value)).findFirst()
                    .map(Band::share).orElse(BigDecimal.ZERO));
        };
        return Scores.round(raw.max(BigDecimal.ZERO).min(weight).setScale(10, RoundingMode.HALF_UP));
    }
}
