package org.selfeval.document;

import org.selfeval.charts.ChartSet;
import org.selfeval.model.Finances;
import org.selfeval.model.Report;
import org.selfeval.narrative.Narrative;
import org.selfeval.narrative.TextField;

/**
 * 二、部门财政资金收支情况: each part as its sentence (the clerk's or the generated one), a ruled table of
 * the figures and, for 收入 and 支出, a pie; the year-on-year bars when last year's report is given.
 * A part with nothing entered has no text and is left out like any empty section.
 */
final class FinanceChapter {
    private FinanceChapter() {
    }

    static Section of(Report report, Narrative narrative, ChartSet charts) {
        Finances f = report.finances();
        int year = report.year();
        Section income = Section.heading("部门财政资金收入情况").text(narrative.effective(TextField.INCOME));
        if (!f.income().isEmpty()) {
            income.block(FinanceTables.income(year, f));
            if (f.incomeTotal().signum() > 0) {
                income.block(new ChartBlock(charts.income()));
            }
        }
        Section expenditure = Section.heading("部门财政资金支出情况").text(narrative.effective(TextField.EXPENDITURE));
        if (!f.expenditure().isEmpty()) {
            expenditure.block(FinanceTables.expenditure(year, f));
            if (f.expenditureTotal().signum() > 0) {
                expenditure.block(new ChartBlock(charts.expenditure()));
            }
        }
        Section carryover = Section.heading("部门财政资金结转结余情况").text(narrative.effective(TextField.CARRYOVER));
        if (!narrative.generated(TextField.CARRYOVER).isEmpty()) {
            carryover.block(FinanceTables.carryover(year, f.carryover()));
        }
        charts.yearOnYear().ifPresent(c -> carryover.block(new ChartBlock(c)));
        return Section.heading("部门财政资金收支情况").child(income).child(expenditure).child(carryover);
    }
}
