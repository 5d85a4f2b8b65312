package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/** (三)年度主要工作任务: an opening paragraph and the numbered tasks (一是…二是…). */
@RecordBuilder
public record AnnualTasks(String intro, List<TextItem> items) implements AnnualTasksBuilder.With {
    public static final AnnualTasks EMPTY = new AnnualTasks("", null);

    public AnnualTasks {
        intro = intro == null ? "" : intro;
        items = items == null ? List.of() : List.copyOf(items);
    }
}
