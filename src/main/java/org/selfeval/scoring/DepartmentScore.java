package org.selfeval.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.selfeval.model.Grade;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorOutcome;
import org.selfeval.model.Report;
import org.selfeval.model.Scores;
import org.selfeval.model.SheetEntry;
import org.selfeval.profile.DepartmentSheetDefinition;
import org.selfeval.profile.DepartmentSheetDefinition.Row;
import org.selfeval.profile.RegionalProfile;
import org.selfeval.profile.RegionalProfile.ScoreCap;

/**
 * The 部门整体支出绩效自评表 of a report, computed: each row's value and score (formula rows from the base
 * figures, 定性 rows as the clerk scored them), the department's own 产出 / 效益 rows (一、(四) indicator
 * table), the 一级 subtotals, the region's deduction for own rows completed far above target and its cap
 * by the budget completion rate, the total and the grade. Pure; the window and the audit use the same.
 *
 * @param sheet       the region's sheet
 * @param rows        each row of the sheet, evaluated
 * @param ownRows     the department's own rows with their scores
 * @param subtotals   一级 → sum of its scored rows
 * @param deduction   points taken off for own rows ≥ the threshold above target (the region's setting)
 * @param cap         the cap that applies, if any
 * @param completion  the budget completion rate the cap is judged on, if known
 * @param total       the total after deduction and cap; empty until every row is scored
 * @param unscored    how many rows still lack a score
 */
public record DepartmentScore(DepartmentSheetDefinition sheet, List<RowScore> rows, List<OwnRow> ownRows,
                              Map<String, BigDecimal> subtotals, BigDecimal deduction, Optional<ScoreCap> cap,
                              Optional<BigDecimal> completion, Optional<BigDecimal> total, int unscored) {

    /**
     * One row of the sheet.
     *
     * @param row     the profile's row
     * @param result  value and score (for a 定性 row: the clerk's score, no value)
     * @param entry   the clerk's entry for it, if any
     */
    public record RowScore(Row row, SheetScoring.Result result, Optional<SheetEntry> entry) {
    }

    /** One of the department's own 产出 / 效益 rows. */
    public record OwnRow(Indicator indicator, Optional<BigDecimal> score, boolean overTarget) {
    }

    /** The report's sheet computed, or empty when its profile has no department sheet. */
    public static Optional<DepartmentScore> of(Report report) {
        RegionalProfile profile = RegionalProfile.forId(report.profile());
        DepartmentSheetDefinition sheet = profile.departmentSheet();
        if (sheet == null) {
            return Optional.empty();
        }
        Map<String, BigDecimal> figures = BaseFigures.of(report);
        List<RowScore> rows = new ArrayList<>();
        Map<String, BigDecimal> subtotals = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        int unscored = 0;
        for (Row row : sheet.rows()) {
            Optional<SheetEntry> entry = report.departmentSheet().entry(row.name());
            SheetScoring.Result result = row.isQualitative()
                    ? qualitative(row, entry) : SheetScoring.evaluate(row, figures);
            rows.add(new RowScore(row, result, entry));
            if (result.score().isPresent()) {
                sum = sum.add(result.score().get());
                subtotals.merge(row.level1(), result.score().get(), BigDecimal::add);
            } else {
                unscored++;
            }
        }
        List<OwnRow> own = new ArrayList<>();
        BigDecimal deduction = BigDecimal.ZERO;
        for (Indicator ind : report.basics().targets().indicators()) {
            Optional<BigDecimal> s = ind.effectiveScore();
            boolean over = IndicatorOutcome.of(ind, profile.deviationThresholdPct()) == IndicatorOutcome.OVER;
            own.add(new OwnRow(ind, s, over));
            if (s.isPresent()) {
                sum = sum.add(s.get());
                subtotals.merge(ind.level1().isBlank() ? "产出和效益" : ind.level1(), s.get(), BigDecimal::add);
            } else {
                unscored++;
            }
            if (over) {
                deduction = deduction.add(profile.overCompletionDeduction());
            }
        }
        Optional<BigDecimal> completion = SheetScoring.value("expenditureTotal / budgetAdjusted * 100", figures);
        Optional<ScoreCap> cap = completion.flatMap(profile::capFor);
        Optional<BigDecimal> total = Optional.empty();
        if (unscored == 0) {
            BigDecimal t = sum.subtract(deduction).max(BigDecimal.ZERO);
            if (cap.isPresent()) {
                t = t.min(cap.get().maxScore());
            }
            total = Optional.of(Scores.round(t));
        }
        return Optional.of(new DepartmentScore(sheet, List.copyOf(rows), List.copyOf(own), subtotals, deduction, cap,
                completion, total, unscored));
    }

    /** The grade of the total under the region's bands. */
    public Optional<Grade> grade(Report report) {
        return total.map(RegionalProfile.forId(report.profile())::gradeOf);
    }

    private static SheetScoring.Result qualitative(Row row, Optional<SheetEntry> entry) {
        Optional<BigDecimal> score = entry.map(SheetEntry::score);
        return new SheetScoring.Result(Optional.empty(), score, score.isPresent() ? "" : "定性指标尚未评分");
    }
}
