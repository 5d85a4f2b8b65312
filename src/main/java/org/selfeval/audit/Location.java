package org.selfeval.audit;

import org.selfeval.model.FieldPath;

/**
 * Where a finding points: the chapter (一 … 四, or 附表) and a field path inside the report, in the
 * dotted form of the report JSON, e.g. {@code finances.income.GENERAL_PUBLIC_BUDGET} or
 * {@code projects[1].indicators[3].actual}. The UI maps the path to the control that edits it.
 *
 * @param chapter one of {@link #CHAPTERS}
 * @param field   field path; {@link FieldPath#NONE} for the chapter as a whole
 */
public record Location(String chapter, FieldPath field) {
    public static final String BASICS = "一";
    public static final String FINANCES = "二";
    public static final String PERFORMANCE = "三";
    public static final String CONCLUSION = "四";
    public static final String PROJECTS = "附表";
    public static final java.util.List<String> CHAPTERS = java.util.List.of(BASICS, FINANCES, PERFORMANCE, CONCLUSION, PROJECTS);

    public Location {
        chapter = chapter == null ? "" : chapter;
        field = field == null ? FieldPath.NONE : field;
    }

    /** A location from the dotted form of its path (empty for the chapter as a whole). */
    public Location(String chapter, String path) {
        this(chapter, FieldPath.of(path));
    }

    /** The path in its dotted form, as the report file and the command line's JSON write it. */
    public String path() {
        return field.toString();
    }

    @Override
    public String toString() {
        return field.isEmpty() ? chapter : chapter + ":" + field;
    }
}
