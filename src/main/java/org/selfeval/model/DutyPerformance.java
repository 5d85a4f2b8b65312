package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/** (一)部门整体履职绩效分析: an opening paragraph and numbered sub-items (1. 2. 3.). */
@RecordBuilder
public record DutyPerformance(String intro, List<TextItem> items) implements DutyPerformanceBuilder.With {
    public static final DutyPerformance EMPTY = new DutyPerformance("", null);

    public DutyPerformance {
        intro = intro == null ? "" : intro;
        items = items == null ? List.of() : List.copyOf(items);
    }
}
