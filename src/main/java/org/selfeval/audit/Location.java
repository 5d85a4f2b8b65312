package org.selfeval.audit;

/**
 * Where a finding points: the chapter (一 … 四, or 附表) and a field path inside the report, in the
 * dotted form of the report JSON, e.g. {@code finances.income.GENERAL_PUBLIC_BUDGET} or
 * {@code projects[1].indicators[3].actual}. The UI maps the path to the control that edits it.
 *
 * @param chapter one of {@link #CHAPTERS}
 * @param path    field path; empty for the chapter as a whole
 */
public record Location(String chapter, String path) {
    public static final String BASICS = "一";
    public static final String FINANCES = "二";
    public static final String PERFORMANCE = "三";
    public static final String CONCLUSION = "四";
    public static final String PROJECTS = "附表";
    public static final java.util.List<String> CHAPTERS = java.util.List.of(BASICS, FINANCES, PERFORMANCE, CONCLUSION, PROJECTS);

    public Location {
        chapter = chapter == null ? "" : chapter;
        path = path == null ? "" : path;
    }

    @Override
    public String toString() {
        return path.isEmpty() ? chapter : chapter + ":" + path;
    }
}
