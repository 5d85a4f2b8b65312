package org.selfeval.ui.indicators;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.IndicatorScoring;
import org.selfeval.model.QualitativeGrade;
import org.selfeval.model.Scores;
import org.selfeval.ui.controls.Messages;

/**
 * The columns of the indicator table in the Sichuan order, each with how its cell reads as text and
 * how text (typed or pasted) changes a row. No JavaFX: the table and the paste share these rules.
 */
public enum IndicatorColumn {
    LEVEL1("level1", "indicator.col.level1"),
    LEVEL2("level2", "indicator.col.level2"),
    NAME("name", "indicator.col.name"),
    NATURE("nature", "indicator.col.nature"),
    TARGET("target", "indicator.col.target"),
    UNIT("unit", "indicator.col.unit"),
    ACTUAL("actual", "indicator.col.actual"),
    GRADE("grade", "indicator.col.grade"),
    WEIGHT("weight", "indicator.col.weight"),
    SCORE("score", "indicator.col.score"),
    REASON("deviationReason", "indicator.col.reason");

    private final String field;
    private final String labelKey;

    IndicatorColumn(String field, String labelKey) {
        this.field = field;
        this.labelKey = labelKey;
    }

    /** The record component, the last part of the field path. */
    public String field() {
        return field;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The text a cell of this column shows for a row. */
    public String show(Indicator row) {
        return switch (this) {
            case LEVEL1 -> row.level1();
            case LEVEL2 -> row.level2();
            case NAME -> row.name();
            case NATURE -> row.nature().symbol();
            case TARGET -> row.target();
            case UNIT -> row.unit();
            case ACTUAL -> row.actual();
            case GRADE -> row.grade() == null ? "" : shortLabel(row.grade());
            case WEIGHT -> row.weight() == null ? "" : row.weight().toPlainString();
            case SCORE -> row.effectiveScore().map(BigDecimal::toPlainString).orElse("");
            case REASON -> row.deviationReason();
        };
    }

    /**
     * The row with this column's cell set from text.
     *
     * @throws IllegalArgumentException with a message (in the UI language) naming the column when the text does
     *                                  not fit (a weight that is no number, a score outside its band)
     */
    public Indicator edit(Indicator row, String text, String columnLabel) {
        String t = text == null ? "" : text.strip();
        return switch (this) {
            case LEVEL1 -> row.withLevel1(t);
            case LEVEL2 -> row.withLevel2(t);
            case NAME -> row.withName(t);
            case NATURE -> row.withNature(IndicatorNature.parse(t).orElseThrow(() ->
                    new IllegalArgumentException(Messages.format("indicator.refused.nature", columnLabel, t))));
            case TARGET -> row.withTarget(t);
            case UNIT -> row.withUnit(t);
            case ACTUAL -> !row.nature().isQuantitative() && row.grade() == null && grade(t).isPresent()
                    ? row.withActual(t).withGrade(grade(t).get()) : row.withActual(t);
            case GRADE -> row.withGrade(t.isEmpty() ? null : grade(t).orElseThrow(() ->
                    new IllegalArgumentException(Messages.format("indicator.refused.grade", columnLabel, t))));
            case WEIGHT -> row.withWeight(t.isEmpty() ? null : number(t, columnLabel));
            case SCORE -> score(row, t, columnLabel);
            case REASON -> row.withDeviationReason(text == null ? "" : text);
        };
    }

    /** The columns of a row copied from the Sichuan form (no separate 等级 column), in order. */
    public static final java.util.List<IndicatorColumn> PASTE_ORDER = Arrays.stream(values())
            .filter(c -> c != GRADE).toList();

    /** Whether the clerk may type in this column's cell of the row. */
    public boolean editable(Indicator row) {
        return switch (this) {
            case SCORE -> !row.nature().isQuantitative() && row.grade() != null && row.weight() != null;
            case GRADE -> !row.nature().isQuantitative();
            default -> true;
        };
    }

    /** Whether a cell's text commits on every keystroke (false: on Enter, Tab or leaving the cell). */
    public boolean commitsPerKeystroke() {
        return this != SCORE && this != NATURE && this != GRADE;
    }

    /** A 定性 score the clerk typed, refused outside the grade's band; blank = the default score. */
    static Indicator score(Indicator row, String t, String columnLabel) {
        if (row.nature().isQuantitative()) {
            return row;
        }
        if (t.isEmpty()) {
            return row.withScore(null);
        }
        if (row.grade() == null || row.weight() == null) {
            throw new IllegalArgumentException(Messages.format("indicator.refused.gradeFirst", columnLabel));
        }
        BigDecimal score = Scores.normalize(number(t, columnLabel));
        if (!IndicatorScoring.withinBand(row.grade(), row.weight(), score)) {
            BigDecimal low = Scores.round(row.weight().multiply(row.grade().lowShare()));
            BigDecimal high = Scores.round(row.weight().multiply(row.grade().highShare()));
            throw new IllegalArgumentException(Messages.format(row.grade() == QualitativeGrade.ACHIEVED
                    ? "indicator.refused.band" : "indicator.refused.bandOpen", columnLabel, score.toPlainString(),
                    row.grade().label(), low.toPlainString(), high.toPlainString()));
        }
        return row.withScore(score);
    }

    static BigDecimal number(String t, String columnLabel) {
        try {
            return new BigDecimal(t.replace("，", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.format("indicator.refused.number", columnLabel, t), e);
        }
    }

    /** The grade as the picker shows it: 达成, 部分达成, 未达成 (the full wording is in the tooltip). */
    public static String shortLabel(QualitativeGrade grade) {
        return switch (grade) {
            case ACHIEVED -> "达成";
            case PARTIALLY_ACHIEVED -> "部分达成";
            case NOT_ACHIEVED -> "未达成";
        };
    }

    /** Reads a grade as clerks write it: the full label, 达成 / 部分达成 / 未达成, or the enum name. */
    public static Optional<QualitativeGrade> grade(String text) {
        String t = text.strip();
        if (t.startsWith("部分达成")) {
            return Optional.of(QualitativeGrade.PARTIALLY_ACHIEVED);
        }
        if (t.startsWith("未达成")) {
            return Optional.of(QualitativeGrade.NOT_ACHIEVED);
        }
        if (t.startsWith("达成")) {
            return Optional.of(QualitativeGrade.ACHIEVED);
        }
        return Arrays.stream(QualitativeGrade.values()).filter(g -> g.name().equalsIgnoreCase(t)).findFirst();
    }
}
