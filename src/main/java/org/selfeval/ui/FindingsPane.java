package org.selfeval.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.selfeval.audit.Finding;
import org.selfeval.audit.FindingNotes;
import org.selfeval.audit.FindingNotes.NotedFinding;
import org.selfeval.audit.Location;
import org.selfeval.audit.Severity;
import org.selfeval.audit.TextCoverage;
import org.selfeval.model.FindingNote;
import org.selfeval.ui.controls.Messages;

/**
 * The audit's findings grouped by chapter, each chapter with its counts by severity. Clicking a
 * finding asks the shell to open its chapter and focus its field. A selected 警告 can be given a
 * 说明 ({@link FindingNoteEditor}); explained warnings show ✔ in grey and are counted apart.
 */
public final class FindingsPane extends BorderPane {
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("root"));
    private final Label summary = new Label();
    private final Label coverage = new Label();
    private final FindingNoteEditor noteEditor;
    private final Map<Finding, NotedFinding> noted = new IdentityHashMap<>();
    private boolean shown;
    private List<NotedFinding> shownNoted = List.of();
    private List<Finding> findings = List.of();
    private List<FindingNote> shownOrphans = List.of();
    /** The tree's items by finding key and occurrence (and the notes gone by theirs), to update in place. */
    private final Map<String, TreeItem<Object>> items = new HashMap<>();
    /** The group lines by chapter (and {@link #ORPHANS}). */
    private final Map<String, TreeItem<Object>> groups = new HashMap<>();
    private final Map<TreeItem<Object>, List<TreeItem<Object>>> pendingChildren = new IdentityHashMap<>();
    private static final String ORPHANS = "\u0000orphans";

    public FindingsPane(Consumer<Finding> onOpen) {
        this(onOpen, (f, text) -> { }, key -> { });
    }

    public FindingsPane(Consumer<Finding> onOpen, BiConsumer<Finding, String> onExplain) {
        this(onOpen, onExplain, key -> { });
    }

    /**
     * @param onExplain  called with a 警告 and the 说明 the clerk saved for it (blank = remove)
     * @param onDropNote called with the finding key of a 说明 whose finding is gone, to delete it
     */
    public FindingsPane(Consumer<Finding> onOpen, BiConsumer<Finding, String> onExplain, Consumer<String> onDropNote) {
        this(onOpen, onExplain, onDropNote, f -> { });
    }

    /** @param onFix called with a finding the clerk asked to fix in one click (规范标点) */
    public FindingsPane(Consumer<Finding> onOpen, BiConsumer<Finding, String> onExplain, Consumer<String> onDropNote,
            Consumer<Finding> onFix) {
        this.noteEditor = new FindingNoteEditor(onExplain, onFix);
        tree.setId("findings-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> {
            FindingCell cell = new FindingCell(noted, onDropNote);
            cell.setOnMouseClicked(e -> {
                if (cell.getItem() instanceof Finding f) {
                    onOpen.accept(f);
                }
            });
            return cell;
        });
        tree.setOnKeyPressed(e -> {
            TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && item != null && item.getValue() instanceof Finding f) {
                onOpen.accept(f);
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> showDetail(item));
        summary.setId("findings-summary");
        summary.setWrapText(true);
        summary.setPadding(new Insets(6));
        VBox.setVgrow(tree, Priority.ALWAYS);
        coverage.setId("findings-coverage");
        coverage.setWrapText(true);
        coverage.setPadding(new Insets(0, 6, 6, 6));
        setTop(new VBox(summary, coverage));
        setCenter(tree);
        setBottom(noteEditor);
        showFindings(List.of());
    }

    public void showFindings(List<Finding> list) {
        showNoted(FindingNotes.pair(list, List.of()));
    }

    /** Shows the findings with their notes, keeping the selected finding selected. */
    public void showNoted(List<NotedFinding> all) {
        showNoted(all, List.of());
    }

    /**
     * Shows the findings with their notes and, at the end, the notes whose finding is gone
     * (已不再适用的说明), each with a 删除 button. Only what changed is redrawn: a finding that is
     * still there keeps its line, the chapters keep their expanded state and the selection stays.
     */
    public void showNoted(List<NotedFinding> all, List<FindingNote> notes) {
        show(FindingsView.of(all, notes));
    }

    /** Shows a result prepared off the FX thread ({@link FindingsView.Preparer}); see {@link #showNoted(List, List)}. */
    public void show(FindingsView view) {
        List<NotedFinding> all = view.noted();
        List<FindingNote> orphans = view.orphans();
        if (shown && same(all, shownNoted) && orphans.equals(shownOrphans)) {
            return; // nothing changed: keep the selection and the scroll position the clerk has
        }
        shown = true;
        shownNoted = all;
        shownOrphans = List.copyOf(orphans);
        TreeItem<Object> selected = tree.getSelectionModel().getSelectedItem();
        Object selectedValue = selected == null ? null : selected.getValue();
        // one item per finding, found again by its key and occurrence: an unchanged finding keeps its
        // item and its value, so the tree redraws only the lines that changed
        Map<String, TreeItem<Object>> nextItems = new HashMap<>();
        Map<Finding, NotedFinding> nextNoted = new IdentityHashMap<>();
        Map<String, List<TreeItem<Object>>> byChapter = new LinkedHashMap<>();
        Map<String, List<Finding>> findingsByChapter = new HashMap<>();
        for (String c : Location.CHAPTERS) {
            byChapter.put(c, new ArrayList<>());
        }
        List<Finding> list = new ArrayList<>(all.size());
        List<Runnable> changes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            NotedFinding n = all.get(i);
            Finding f = n.finding();
            String id = view.ids().get(i);
            TreeItem<Object> item = items.get(id);
            Finding value = f;
            if (item == null) {
                item = new TreeItem<>(f);
            } else if (item.getValue() == f && noted.get(f) == n) {
                value = f; // the preparer kept the instance: unchanged
            } else if (item.getValue() instanceof Finding old && old.equals(f) && n.equals(noted.get(old))) {
                value = old;
            } else {
                TreeItem<Object> changed = item;
                changes.add(() -> changed.setValue(f));
            }
            nextNoted.put(value, value == f ? n : new NotedFinding(value, n.note()));
            list.add(value);
            nextItems.put(id, item);
            byChapter.computeIfAbsent(f.location().chapter(), c -> new ArrayList<>()).add(item);
            findingsByChapter.computeIfAbsent(f.location().chapter(), c -> new ArrayList<>()).add(value);
        }
        this.findings = list;
        noted.putAll(nextNoted); // before any cell redraws: the cells read their notes from here
        Map<String, TreeItem<Object>> nextGroups = new HashMap<>();
        List<TreeItem<Object>> top = new ArrayList<>();
        for (Map.Entry<String, List<TreeItem<Object>>> e : byChapter.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            List<Finding> inChapter = findingsByChapter.get(e.getKey());
            top.add(group(e.getKey(), new ChapterGroup(e.getKey(), counts(inChapter), explained(inChapter)), e.getValue(), nextGroups));
        }
        if (!orphans.isEmpty()) {
            List<TreeItem<Object>> notesGone = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (FindingNote o : orphans) {
                String id = "\u0000orphan:" + o.findingKey() + "#" + seen.merge(o.findingKey(), 1, Integer::sum);
                TreeItem<Object> item = items.get(id);
                if (item == null) {
                    item = new TreeItem<>(o);
                } else if (!o.equals(item.getValue())) {
                    TreeItem<Object> changed = item;
                    changes.add(() -> changed.setValue(o));
                }
                nextItems.put(id, item);
                notesGone.add(item);
            }
            top.add(group(ORPHANS, new OrphanGroup(orphans.size()), notesGone, nextGroups));
        }
        boolean selectionStays = selected != null && (nextItems.containsValue(selected) || nextGroups.containsValue(selected));
        if (selected != null && !selectionStays) {
            tree.getSelectionModel().clearSelection();
        }
        changes.forEach(Runnable::run);
        for (TreeItem<Object> g : top) {
            TreeChildren.reconcile(g.getChildren(), pendingChildren.remove(g));
        }
        TreeChildren.reconcile(tree.getRoot().getChildren(), top);
        items.clear();
        items.putAll(nextItems);
        groups.clear();
        groups.putAll(nextGroups);
        noted.keySet().retainAll(nextNoted.keySet());
        Map<Severity, Integer> n = counts(list);
        summary.setText(list.isEmpty() ? Messages.get("findings.none")
                : Messages.format("findings.summary", n.get(Severity.ERROR), n.get(Severity.WARNING), explained(list),
                        n.get(Severity.INFO)));
        if (selectionStays) {
            if (tree.getSelectionModel().getSelectedItem() != selected) {
                tree.getSelectionModel().select(selected);
            } else if (selected.getValue() != selectedValue) {
                showDetail(selected); // the same finding, its text or note changed
            }
        }
    }

    /** Equal lists, told by identity first (a prepared result keeps the instances of unchanged findings). */
    private static boolean same(List<NotedFinding> a, List<NotedFinding> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i) && !a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The group line of a chapter (or of the notes gone), kept with its expanded state when it was shown before. */
    private TreeItem<Object> group(String name, Object value, List<TreeItem<Object>> children, Map<String, TreeItem<Object>> next) {
        TreeItem<Object> g = groups.get(name);
        if (g == null) {
            g = new TreeItem<>(value);
            g.setExpanded(true);
        } else if (!value.equals(g.getValue())) {
            g.setValue(value);
        }
        next.put(name, g);
        pendingChildren.put(g, children);
        return g;
    }

    /**
     * One line under the summary: how many of the clerk's paragraphs were checked against the figures,
     * and the start of each paragraph that states figures none of which could be checked.
     */
    public void showCoverage(TextCoverage c) {
        List<String> unread = c.unread().stream().map(r -> "“" + excerpt(r.text()) + "”").toList();
        coverage.setText(unread.isEmpty() ? Messages.format("findings.coverage.all", c.checked().size())
                : Messages.format("findings.coverage", c.checked().size(), unread.size(), String.join("、", unread)));
    }

    private static String excerpt(String text) {
        String line = text.replaceAll("\\s+", "");
        return line.length() <= 12 ? line : line.substring(0, 12) + "…";
    }

    private int explained(List<Finding> list) {
        return (int) list.stream().map(noted::get).filter(x -> x != null && x.explained()).count();
    }

    private void showDetail(TreeItem<Object> item) {
        noteEditor.show(item != null && item.getValue() instanceof Finding f ? noted.get(f) : null);
    }

    public List<Finding> findings() {
        return findings;
    }

    public void showError(String reason) {
        summary.setText(Messages.format("findings.failed", reason));
    }

    static Map<Severity, Integer> counts(List<Finding> list) {
        Map<Severity, Integer> n = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            n.put(s, 0);
        }
        list.forEach(f -> n.merge(f.severity(), 1, Integer::sum));
        return n;
    }

    /** The notes whose finding is gone. */
    public List<FindingNote> orphans() {
        return shownOrphans;
    }

    /** The heading of the notes whose finding is gone. */
    record OrphanGroup(int count) {
        @Override
        public String toString() {
            return Messages.format("findings.orphans", count);
        }
    }

    /** A chapter line of the tree. */
    record ChapterGroup(String chapter, Map<Severity, Integer> counts, int explained) {
        @Override
        public String toString() {
            return Messages.get("chapter." + chapter) + "  " + Messages.format("findings.counts",
                    counts.get(Severity.ERROR), counts.get(Severity.WARNING), explained, counts.get(Severity.INFO));
        }
    }
}
