package org.selfeval.exchange.xlsx;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a project's sheet has no printed cell for, so that an exported workbook reads back into an
 * equal project: id and code, 调整原因, the report's own text on the project, and per indicator row
 * (0-based sheet row) its 定性 grade and whether its score was computed. Kept out of the cells, in
 * the workbook's own data part ({@link WorkbookMeta}).
 */
public final class ProjectMeta {
    /** The project's 备注 (dataNote): the clerk's, never printed in a cell. */
    public static final String DATA_NOTE = "dataNote";

    private String id;
    private String code;
    private String adjustmentReason = "";
    private String reportText = "";
    private final Map<String, String> texts = new TreeMap<>();
    private final Map<Integer, String> grades = new TreeMap<>();
    private final Set<Integer> computed = new TreeSet<>();

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String adjustmentReason() {
        return adjustmentReason;
    }

    public String reportText() {
        return reportText;
    }

    /**
     * A text the national form has no cell for (执行 原因, 项目实施内容, 评价结论, 存在问题, 改进措施, the
     * two 负责人, the split of 其他资金), by name; null when not kept.
     */
    public String text(String name) {
        return texts.get(name);
    }

    public ProjectMeta text(String name, String value) {
        if (value != null && !value.isEmpty()) {
            texts.put(name, value);
        }
        return this;
    }

    Map<String, String> texts() {
        return texts;
    }

    /** The grade name of the indicator on this row, or "" when it has none. */
    public String grade(int row) {
        return grades.getOrDefault(row, "");
    }

    public boolean isComputed(int row) {
        return computed.contains(row);
    }

    Map<Integer, String> grades() {
        return grades;
    }

    Set<Integer> computedRows() {
        return computed;
    }

    public ProjectMeta id(String value) {
        id = value;
        return this;
    }

    public ProjectMeta code(String value) {
        code = value;
        return this;
    }

    public ProjectMeta adjustmentReason(String value) {
        adjustmentReason = value == null ? "" : value;
        return this;
    }

    public ProjectMeta reportText(String value) {
        reportText = value == null ? "" : value;
        return this;
    }

    public ProjectMeta grade(int row, String grade) {
        grades.put(row, grade);
        return this;
    }

    public ProjectMeta markComputed(int row) {
        computed.add(row);
        return this;
    }
}
