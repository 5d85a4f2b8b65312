package org.selfeval.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * 填报数: a figure as a document states it — a table's 总额 row, its 执行率, a 得分 cell — kept beside
 * the figure the program computes from the rows, so that the audit can compare the two (R8, R11 and
 * kin) and nothing an imported table says is lost.
 *
 * <p>A field of this type that is {@code null} means "the document states nothing here" (a clerk
 * typing in the app: the computed figure is used). A {@code Stated} with a null value is an explicit
 * blank: the document has the cell and leaves it empty.
 *
 * @param value       the figure as stated; null = the cell is left blank
 * @param printStated true when the clerk chose to print the stated figure instead of the computed
 *                    one (by default the computed figure is printed; a stated figure that differs
 *                    stays an 错误 of the audit either way)
 */
public record Stated(BigDecimal value, boolean printStated) {

    public static Stated of(BigDecimal value) {
        return new Stated(value, false);
    }

    public static Stated blank() {
        return new Stated(null, false);
    }

    public boolean isBlank() {
        return value == null;
    }

    public Optional<BigDecimal> figure() {
        return Optional.ofNullable(value);
    }

    public Stated withPrintStated(boolean print) {
        return new Stated(value, print);
    }

    /** The same statement with its value normalised as money (exact, non-negative). */
    Stated asMoney() {
        return new Stated(Money.nonNegative(value), printStated);
    }

    /** The same statement with its value normalised as points (分). */
    Stated asScore() {
        return new Stated(Scores.stated(value), printStated);
    }

    /** The same statement with its value normalised as a percentage. */
    Stated asPercent() {
        return new Stated(Percent.stated(value), printStated);
    }

    /**
     * What is printed for a figure that may be stated: the computed one unless the clerk chose the
     * stated one (which may be a blank).
     */
    public static Optional<BigDecimal> printed(Stated stated, Optional<BigDecimal> computed) {
        if (stated != null && stated.printStated()) {
            return stated.figure();
        }
        return computed;
    }
}
