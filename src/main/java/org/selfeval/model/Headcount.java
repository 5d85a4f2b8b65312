package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A number of posts (编制) or of people of one kind.
 *
 * @param category the kind, for comparing staff with 编制
 * @param label    the wording in the report, e.g. 行政编制, 下属事业单位事业人员
 * @param count    how many
 */
@RecordBuilder
public record Headcount(StaffCategory category, String label, int count) implements HeadcountBuilder.With {
    public Headcount {
        category = category == null ? StaffCategory.OTHER : category;
        label = label == null ? "" : label;
        if (count < 0) {
            throw new IllegalArgumentException("人数不能为负数：" + label + " " + count);
        }
    }
}
