package org.selfeval.exchange.xlsx;

import java.math.BigDecimal;
import java.util.List;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.ProjectStated;
import org.selfeval.model.Stated;

/**
 * The figures a project sheet states for itself, in either layout: the 总额 (年度资金总额) row's three
 * amounts, its 执行率 and 得分, and the 合计 (总分) 得分. A formula (our export) states nothing; a typed
 * figure is stated; an empty cell where the rows give a figure is a stated blank.
 */
final class StatedCells {
    private StatedCells() {
    }

    /**
     * @param cols     the 总额 row's columns: initial, adjusted, executed, rate, score
     * @param headers  the names of the three amount columns, for messages
     */
    static ProjectStated read(CellReader cells, int total, int[] cols, BudgetFigures rows, int sum, int sumScoreCol,
                              String totalLabel, List<String> headers, String sumLabel) throws ReportFormatException {
        Stated initial = typed(cells, total, cols[0], rows.initial() != null, totalLabel + "·" + headers.get(0));
        Stated adjusted = typed(cells, total, cols[1], rows.adjusted() != null, totalLabel + "·" + headers.get(1));
        Stated executed = typed(cells, total, cols[2], rows.executed() != null, totalLabel + "·" + headers.get(2));
        Stated rate = null;
        if (!cells.isFormula(total, cols[3])) {
            BigDecimal r = cells.percent(total, cols[3], totalLabel + "·执行率");
            rate = r != null ? Stated.of(r.stripTrailingZeros())
                    : rows.executionRate().isPresent() ? Stated.blank() : null;
        }
        return new ProjectStated(initial, adjusted, executed, rate,
                points(cells, total, cols[4], totalLabel + "·得分"), points(cells, sum, sumScoreCol, sumLabel + "·得分"));
    }

    /**
     * Whether a source row of another system's export holds nothing: blank, or 0.00 in every cell as
     * the provincial system fills unused sources. Such a row adds nothing and is left out.
     */
    static boolean nothing(BudgetFigures f, boolean foreign) {
        if (f.isEmpty()) {
            return true;
        }
        return foreign && java.util.stream.Stream.of(f.initial(), f.adjusted(), f.executed())
                .allMatch(v -> v == null || v.signum() == 0);
    }

    private static Stated typed(CellReader cells, int row, int col, boolean rowsGiveOne, String what) throws ReportFormatException {
        if (cells.isFormula(row, col)) {
            return null;
        }
        BigDecimal typed = cells.amount(row, col, what);
        return typed != null ? Stated.of(typed) : rowsGiveOne ? Stated.blank() : null;
    }

    private static Stated points(CellReader cells, int row, int col, String what) throws ReportFormatException {
        if (cells.isFormula(row, col)) {
            return null;
        }
        BigDecimal typed = cells.points(row, col, what);
        return typed != null ? Stated.of(typed) : Stated.blank();
    }
}
