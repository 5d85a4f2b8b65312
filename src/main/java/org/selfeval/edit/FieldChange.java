package org.selfeval.edit;

/**
 * One difference between two versions of a report, worded for the clerk.
 *
 * @param field  where, in Chinese, e.g. "二、收入 · 一般公共预算财政拨款收入"
 * @param before the value in the first report ("（空）" when there is none), texts shortened
 * @param after  the value in the second report
 */
public record FieldChange(String field, String before, String after) {
    /** "field：before → after". */
    public String line() {
        return field + "：" + before + " → " + after;
    }
}
