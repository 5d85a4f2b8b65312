package org.selfeval.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.profile.RegionalProfile;

/**
 * The prose of a report that restates figures, with the rule "custom text wins": for each
 * {@link TextField} the generated text and the clerk's wording, and the effective one to print. Also
 * the figure sentence of every project (三(二)2), which is always generated and followed by the
 * project's own {@link Project#reportText()}. Pure and cheap: run it on every edit.
 */
public final class Narrative {
    private final Map<TextField, NarrativeText> texts;
    private final List<ProjectText> projects;

    private Narrative(Map<TextField, NarrativeText> texts, List<ProjectText> projects) {
        this.texts = texts;
        this.projects = projects;
    }

    /** With the deviation threshold of the report's regional profile. */
    public static Narrative of(Report report) {
        return of(report, RegionalProfile.forId(report.profile()).deviationThresholdPct());
    }

    /** One field's generated sentence(s), with the threshold of the report's regional profile. */
    public static String generate(TextField field, Report r) {
        return generate(field, r, RegionalProfile.forId(r.profile()).deviationThresholdPct());
    }

    /** @param overThresholdPercent the "超过预期指标 p% 以上" threshold of the region, e.g. 30 */
    public static Narrative of(Report report, BigDecimal overThresholdPercent) {
        EnumMap<TextField, NarrativeText> texts = new EnumMap<>(TextField.class);
        for (TextField f : TextField.values()) {
            texts.put(f, new NarrativeText(f, generate(f, report, overThresholdPercent), f.read(report)));
        }
        List<ProjectText> projects = new ArrayList<>(report.projects().size());
        for (Project p : report.projects()) {
            projects.add(new ProjectText(p, SpendingSentences.project(p.totalFunds())));
        }
        return new Narrative(Collections.unmodifiableMap(texts), List.copyOf(projects));
    }

    /** The sentence(s) the app makes for one field from the report's figures ("" when none). */
    public static String generate(TextField field, Report r, BigDecimal overThresholdPercent) {
        return switch (field) {
            case INCOME -> FinanceSentences.income(r.year(), r.finances());
            case EXPENDITURE -> FinanceSentences.expenditure(r.year(), r.finances());
            case CARRYOVER -> FinanceSentences.carryover(r.year(), r.finances().carryover());
            case STAFFING -> StaffingSentence.of(r.basics().staffing());
            case GOAL_ACHIEVEMENT -> GoalAchievementSentence.of(r, overThresholdPercent);
            case SPENDING_CONTROL -> SpendingSentences.publicExpenses(r.year(),
                    r.performance().projectAnalysis().publicExpenses());
            case CONCLUSION -> ConclusionSentence.of(r);
            case ATTACHMENTS -> AttachmentLines.generated(r);
        };
    }

    /**
     * What is printed for one field of the report: the clerk's wording, or else the sentence made from
     * the figures. The same as {@code of(r).effective(field)} without making every other field's text.
     */
    public static String effective(TextField field, Report r) {
        String custom = field.read(r);
        if (custom != null) {
            return custom;
        }
        String generated = generate(field, r);
        return generated == null ? "" : generated;
    }

    /** "使用生成文字": the field goes back to the generated text (and follows the figures again). */
    public static Report useGenerated(Report report, TextField field) {
        return field.write(report, null);
    }

    /**
     * "改为自行撰写": the field keeps the text now generated as the clerk's own wording, to edit from
     * there; from then on the audit checks it against the figures. A field already custom is unchanged.
     */
    public static Report makeOwn(Report report, TextField field, BigDecimal overThresholdPercent) {
        if (field.read(report) != null) {
            return report;
        }
        return field.write(report, generate(field, report, overThresholdPercent));
    }

    public NarrativeText get(TextField field) {
        return texts.get(field);
    }

    /** What is printed for the field. */
    public String effective(TextField field) {
        return texts.get(field).effective();
    }

    /** What the app would write for the field. */
    public String generated(TextField field) {
        return texts.get(field).generated();
    }

    /** All fields in {@link TextField} order. */
    public Map<TextField, NarrativeText> all() {
        return texts;
    }

    /** Each project's 三(二)2 text, in the report's order. */
    public List<ProjectText> projects() {
        return projects;
    }

    /** The attachment names to print after "附件：". */
    public List<String> attachments() {
        return AttachmentLines.split(effective(TextField.ATTACHMENTS));
    }

    /**
     * A project's text for 三(二)2.
     *
     * @param project the project
     * @param figures "年初预算数…万元，调整预算数…万元，决算数…万元，执行率…%。" from its 总额 row
     */
    public record ProjectText(Project project, String figures) {
        /** The figures sentence followed by what the clerk wrote of the project's use and output. */
        public String full() {
            String own = project.reportText().strip();
            if (own.isEmpty()) {
                return figures;
            }
            return figures.isEmpty() ? own : figures + own;
        }
    }
}
