package org.selfeval.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.selfeval.audit.Location;
import org.selfeval.edit.ReportEditor;
import org.selfeval.ui.chapter.ChapterPane;
import org.selfeval.ui.chapter.ConclusionPane;
import org.selfeval.ui.chapter.FinancesPane;
import org.selfeval.ui.chapter.PlaceholderPane;
import org.selfeval.ui.basics.BasicsPane;
import org.selfeval.ui.controls.Messages;
import org.selfeval.ui.performance.PerformancePane;
import org.selfeval.ui.projects.ProjectsPane;

/**
 * Chapter key (一 … 四, 附表) → how to build its form. A form is built the first time it is shown
 * and kept; chapters without a registered form get a {@link PlaceholderPane} that says so.
 */
public final class ChapterRegistry {
    private final Map<String, Function<ReportEditor, ChapterPane>> factories = new LinkedHashMap<>();
    private final Map<String, ChapterPane> built = new HashMap<>();
    private final ReportEditor editor;

    public ChapterRegistry(ReportEditor editor) {
        this.editor = Objects.requireNonNull(editor);
        for (String chapter : Location.CHAPTERS) {
            factories.put(chapter, PlaceholderFactory.of(chapter));
        }
    }

    /** The forms of this build. */
    public static ChapterRegistry standard(ReportEditor editor) {
        ChapterRegistry registry = new ChapterRegistry(editor);
        registry.register(Location.BASICS, e -> new BasicsPane(e, Messages.bundle()));
        registry.register(Location.FINANCES, FinancesPane::new);
        registry.register(Location.PERFORMANCE, e -> new PerformancePane(e, Messages.bundle()));
        registry.register(Location.CONCLUSION, ConclusionPane::new);
        registry.register(Location.PROJECTS, e -> new ProjectsPane(e, Messages.bundle()));
        return registry;
    }

    public void register(String chapter, Function<ReportEditor, ChapterPane> factory) {
        if (!Location.CHAPTERS.contains(chapter)) {
            throw new IllegalArgumentException("未知章节：" + chapter);
        }
        factories.put(chapter, Objects.requireNonNull(factory));
        built.remove(chapter);
    }

    /** The chapter's form, built now if this is the first time. */
    public ChapterPane pane(String chapter) {
        return built.computeIfAbsent(chapter, c -> factories.getOrDefault(c, PlaceholderFactory.of(c)).apply(editor));
    }

    public boolean isBuilt(String chapter) {
        return built.containsKey(chapter);
    }

    public List<ChapterPane> builtPanes() {
        return new ArrayList<>(built.values());
    }

    public List<String> chapters() {
        return List.copyOf(factories.keySet());
    }

    private static final class PlaceholderFactory {
        static Function<ReportEditor, ChapterPane> of(String chapter) {
            return e -> new PlaceholderPane(chapter);
        }
    }
}
