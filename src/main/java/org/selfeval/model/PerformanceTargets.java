package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * (四)部门整体支出绩效目标: a paragraph and the department-level indicator table (三级指标).
 * The number of rows here is the "设定三级指标 N 个" of chapter 三.
 */
@RecordBuilder
public record PerformanceTargets(String text, List<Indicator> indicators) implements PerformanceTargetsBuilder.With {
    public static final PerformanceTargets EMPTY = new PerformanceTargets("", null);

    public PerformanceTargets {
        text = text == null ? "" : text;
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
