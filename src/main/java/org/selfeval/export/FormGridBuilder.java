package org.selfeval.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.selfeval.export.ProjectFormGrid.Cell;
import org.selfeval.export.ProjectFormGrid.Style;
import org.selfeval.model.Indicator;
import org.selfeval.model.Money;
import org.selfeval.model.Percent;

/** What the layouts of {@link ProjectFormGrid} share: placing cells row by row, and the figures as printed. */
abstract class FormGridBuilder {
    final List<Cell> cells = new ArrayList<>();
    int row;
    int indicatorHeadingRow = -1;

    abstract ProjectFormGrid build();

    void add(int r, int c, int rs, int cs, String text, Style style) {
        cells.add(new Cell(r, c, rs, cs, text == null ? "" : text, style));
    }

    /** Number of consecutive rows from i with the same 一级 (and, unless level1Only, the same 二级). */
    static int run(List<Indicator> rows, int i, boolean level1Only) {
        int n = 1;
        Indicator a = rows.get(i);
        while (i + n < rows.size()) {
            Indicator b = rows.get(i + n);
            if (!b.level1().equals(a.level1()) || (!level1Only && !b.level2().equals(a.level2()))) {
                break;
            }
            n++;
        }
        return n;
    }

    /**
     * The 一级 / 二级 cells of indicator row i, merged over the rows that share them; with
     * {@code points} the 一级 cell names the block's weight, "产出指标(50分)".
     */
    void levels(List<Indicator> rows, int i, int level1Column, boolean points) {
        Indicator ind = rows.get(i);
        boolean newLevel1 = i == 0 || !ind.level1().equals(rows.get(i - 1).level1());
        if (newLevel1) {
            int n = run(rows, i, true);
            add(row, level1Column, n, 1, points ? NationalTargets.level1WithPoints(rows, i, n) : ind.level1(), Style.CENTER);
        }
        if (newLevel1 || !ind.level2().equals(rows.get(i - 1).level2())) {
            add(row, level1Column + 1, run(rows, i, false), 1, ind.level2(), Style.CENTER);
        }
    }

    /** An amount as the forms print it: 万元, two decimals. */
    static String money(BigDecimal v) {
        return Money.format(v);
    }

    /** A rate (%) with two decimals. */
    static String rate(Optional<BigDecimal> v) {
        return v.map(r -> Percent.format(r) + "%").orElse("");
    }

    /** A score with two decimals. */
    static String score(Optional<BigDecimal> v) {
        return v.map(s -> s.setScale(2, RoundingMode.HALF_UP).toPlainString()).orElse("");
    }

    /** Weights as printed on the form: 10, 90, 7.5. */
    static String weight(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
