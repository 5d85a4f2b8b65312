package org.selfeval.ui;

import java.util.ArrayList;
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
    /** The ids (finding key and occurrence) of the lines shown, and their items, in the order shown. */
    private List<String> shownIds = List.of();
    @SuppressWarnings("unchecked")
    private TreeItem<Object>[] shownItems = new TreeItem[0];
    /** The number of the result shown ({@link FindingsView.Alignment#number()}; -1: none yet). */
    private long shownNumber = -1;
    /** The lines of the notes whose finding is gone, by finding key and occurrence. */
    private Map<String, TreeItem<Object>> orphanItems = new HashMap<>();
    /** The group lines by chapter (and {@link #ORPHANS}). */
    private Map<String, TreeItem<Object>> groups = new HashMap<>();
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
            if (view.ids().equals(shownIds)) {
                shownNumber = view.since().number(); // the same lines, one after the other: still aligned
                shownNoted = all;
            }
            return; // nothing changed: keep the selection and the scroll position the clerk has
        }
        shown = true;
        TreeItem<Object> selected = tree.getSelectionModel().getSelectedItem();
        Object selectedValue = selected == null ? null : selected.getValue();
        // one item per finding, found again by its key and occurrence: an unchanged finding keeps its
        // item and its value, so the tree redraws only the lines that changed. A result aligned with
        // the one shown finds its items by index; any other, by id. The notes of the findings are
        // updated in place (the cells read them there): only a new, changed or gone finding touches them.
        FindingsView.Alignment since = view.since();
        boolean aligned = since.base() == shownNumber;
        Map<String, TreeItem<Object>> byId = aligned ? null : shownById();
        @SuppressWarnings("unchecked")
        TreeItem<Object>[] nextItems = new TreeItem[all.size()];
        Map<String, List<TreeItem<Object>>> byChapter = new LinkedHashMap<>();
        for (String c : Location.CHAPTERS) {
            byChapter.put(c, new ArrayList<>());
        }
        List<Finding> list = new ArrayList<>(all.size());
        List<Runnable> changes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            NotedFinding n = all.get(i);
            Finding f = n.finding();
            TreeItem<Object> item;
            Finding value = f;
            if (aligned) {
                int j = since.before(i);
                item = j < 0 ? null : shownItems[j];
                boolean unchanged = item != null && shownNoted.get(j) == n && item.getValue() == f; // note and all
                if (!unchanged) {
                    value = update(item, n, changes);
                }
            } else {
                item = byId.remove(view.ids().get(i));
                value = update(item, n, changes);
            }
            if (item == null) {
                item = new TreeItem<>(f);
            }
            list.add(value);
            nextItems[i] = item;
            byChapter.computeIfAbsent(f.location().chapter(), c -> new ArrayList<>()).add(item);
        }
        if (aligned) {
            for (int j : since.gone()) {
                if (shownItems[j].getValue() instanceof Finding gone) {
                    noted.remove(gone);
                }
            }
        } else {
            byId.values().forEach(gone -> noted.remove(gone.getValue()));
        }
        this.findings = list;
        Map<String, TreeItem<Object>> nextGroups = new HashMap<>();
        List<TreeItem<Object>> top = new ArrayList<>();
        for (Map.Entry<String, List<TreeItem<Object>>> e : byChapter.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            FindingsView.Tally tally = view.chapters().get(e.getKey());
            top.add(group(e.getKey(), new ChapterGroup(e.getKey(), tally.counts(), tally.explained()), e.getValue(), nextGroups));
        }
        Map<String, TreeItem<Object>> nextOrphanItems = new HashMap<>();
        if (!orphans.isEmpty()) {
            List<TreeItem<Object>> notesGone = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (FindingNote o : orphans) {
                String id = o.findingKey() + "#" + seen.merge(o.findingKey(), 1, Integer::sum);
                TreeItem<Object> item = orphanItems.get(id);
                if (item == null) {
                    item = new TreeItem<>(o);
                } else if (!o.equals(item.getValue())) {
                    TreeItem<Object> changed = item;
                    changes.add(() -> changed.setValue(o));
                }
                nextOrphanItems.put(id, item);
                notesGone.add(item);
            }
            top.add(group(ORPHANS, new OrphanGroup(orphans.size()), notesGone, nextGroups));
        }
        shownNoted = all;
        shownIds = view.ids();
        shownItems = nextItems;
        shownNumber = since.number();
        shownOrphans = List.copyOf(orphans);
        orphanItems = nextOrphanItems;
        boolean selectionStays = selected != null && (nextOrphanItems.containsValue(selected)
                || nextGroups.containsValue(selected) || java.util.Arrays.asList(nextItems).contains(selected));
        if (selected != null && !selectionStays) {
            tree.getSelectionModel().clearSelection();
        }
        changes.forEach(Runnable::run);
        for (TreeItem<Object> g : top) {
            TreeChildren.reconcile(g.getChildren(), pendingChildren.remove(g));
        }
        TreeChildren.reconcile(tree.getRoot().getChildren(), top);
        groups = nextGroups;
        FindingsView.Tally n = view.all();
        summary.setText(list.isEmpty() ? Messages.get("findings.none")
                : Messages.format("findings.summary", n.count(Severity.ERROR), n.count(Severity.WARNING), n.explained(),
                        n.count(Severity.INFO)));
        if (selectionStays) {
            if (tree.getSelectionModel().getSelectedItem() != selected) {
                tree.getSelectionModel().select(selected);
            } else if (selected.getValue() != selectedValue) {
                showDetail(selected); // the same finding, its text or note changed
            }
        }
        // the tree re-indexes its lines now, before the next frame styles the window, instead of in that
        // frame's layout: the lines whose pseudo-classes change (odd, even, severity) are then styled in
        // the frame's own styling pass, and no further, empty frame is asked for (decision 0033)
        tree.layout();
    }

    /**
     * Brings the note of a finding whose line is kept (or is new: {@code item} null) up to date and
     * says which finding the line shows: the one it showed when that and its note are unchanged.
     */
    private Finding update(TreeItem<Object> item, NotedFinding n, List<Runnable> changes) {
        Finding f = n.finding();
        if (item == null) {
            noted.put(f, n);
            return f;
        }
        if (item.getValue() == f && noted.get(f) == n) {
            return f;
        }
        if (item.getValue() instanceof Finding old && old.equals(f) && n.equals(noted.get(old))) {
            return old;
        }
        // the finding or its note changed: the line is given the new finding, so that it is drawn anew
        if (item.getValue() instanceof Finding old) {
            noted.remove(old);
        }
        noted.put(f, n);
        changes.add(() -> item.setValue(f));
        return f;
    }

    /** The shown lines by the id of their finding (for a result not aligned with the one shown). */
    private Map<String, TreeItem<Object>> shownById() {
        Map<String, TreeItem<Object>> byId = new HashMap<>(shownIds.size() * 2);
        for (int i = 0; i < shownIds.size(); i++) {
            byId.put(shownIds.get(i), shownItems[i]);
        }
        return byId;
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
            g.addEventHandler(TreeItem.valueChangedEvent(), FindingsPane::redrawOnlyItsLine);
        } else if (!value.equals(g.getValue())) {
            g.setValue(value);
        }
        next.put(name, g);
        pendingChildren.put(g, children);
        return g;
    }

    /**
     * Stops the news that a line's finding changed (its own, or of a line under it) at its chapter
     * group: JavaFX's tree would otherwise update every line it shows for it (about 40 in a window, each
     * restyled and measured anew: the longest part of the frames while typing an amount). The line's
     * cell redraws itself ({@link FindingCell}).
     */
    private static void redrawOnlyItsLine(TreeItem.TreeModificationEvent<Object> e) {
        e.consume();
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

    private void showDetail(TreeItem<Object> item) {
        noteEditor.show(item != null && item.getValue() instanceof Finding f ? noted.get(f) : null);
    }

    public List<Finding> findings() {
        return findings;
    }

    public void showError(String reason) {
        summary.setText(Messages.format("findings.failed", reason));
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
