package org.selfeval.ui;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.selfeval.audit.Finding;
import org.selfeval.audit.Location;
import org.selfeval.audit.Severity;
import org.selfeval.ui.controls.Messages;

/**
 * The audit's findings grouped by chapter, each chapter with its counts by severity. Clicking a
 * finding asks the shell to open its chapter and focus its field.
 */
public final class FindingsPane extends BorderPane {
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("root"));
    private final Label summary = new Label();
    private final Label detail = new Label();
    private final Consumer<Finding> onOpen;
    private boolean shown;
    private List<Finding> findings = List.of();

    public FindingsPane(Consumer<Finding> onOpen) {
        this.onOpen = onOpen;
        tree.setId("findings-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> {
            FindingCell cell = new FindingCell();
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
        detail.setId("finding-detail");
        detail.setWrapText(true);
        detail.setPadding(new Insets(6));
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.setId("findings-summary");
        summary.setWrapText(true);
        summary.setPadding(new Insets(6));
        VBox.setVgrow(tree, Priority.ALWAYS);
        setTop(summary);
        setCenter(tree);
        setBottom(detail);
        showFindings(List.of());
    }

    public void showFindings(List<Finding> list) {
        if (shown && list.equals(findings)) {
            return; // nothing changed: keep the selection and the scroll position the clerk has
        }
        shown = true;
        this.findings = List.copyOf(list);
        Map<String, List<Finding>> byChapter = new LinkedHashMap<>();
        for (String c : Location.CHAPTERS) {
            byChapter.put(c, new java.util.ArrayList<>());
        }
        for (Finding f : list) {
            byChapter.computeIfAbsent(f.location().chapter(), c -> new java.util.ArrayList<>()).add(f);
        }
        TreeItem<Object> root = tree.getRoot();
        root.getChildren().clear();
        detail.setText("");
        byChapter.forEach((chapter, items) -> {
            if (items.isEmpty()) {
                return;
            }
            TreeItem<Object> node = new TreeItem<>(new ChapterGroup(chapter, counts(items)));
            items.forEach(f -> node.getChildren().add(new TreeItem<>(f)));
            node.setExpanded(true);
            root.getChildren().add(node);
        });
        Map<Severity, Integer> all = counts(list);
        summary.setText(list.isEmpty() ? Messages.get("findings.none")
                : Messages.format("findings.summary", all.get(Severity.ERROR), all.get(Severity.WARNING), all.get(Severity.INFO)));
    }

    private void showDetail(TreeItem<Object> item) {
        if (item != null && item.getValue() instanceof Finding f) {
            detail.setText("[" + f.severity().label() + "] " + f.ruleId() + "  " + f.message() + "\n"
                    + Messages.format("findings.source", f.source()));
        } else {
            detail.setText("");
        }
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

    /** A chapter line of the tree. */
    record ChapterGroup(String chapter, Map<Severity, Integer> counts) {
        @Override
        public String toString() {
            return Messages.get("chapter." + chapter) + "  " + Messages.format("findings.counts",
                    counts.get(Severity.ERROR), counts.get(Severity.WARNING), counts.get(Severity.INFO));
        }
    }

    private static final class FindingCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setTooltip(null);
            setStyle("");
            if (empty || item == null) {
                setText(null);
                return;
            }
            // wrap to the pane's width instead of widening the tree
            setWrapText(true);
            setPrefWidth(0);
            if (item instanceof Finding f) {
                setText("[" + f.severity().label() + "] " + f.ruleId() + "  " + f.message());
                setStyle(switch (f.severity()) {
                    case ERROR -> "-fx-text-fill: #c0392b;";
                    case WARNING -> "-fx-text-fill: #b9770e;";
                    case INFO -> "-fx-text-fill: #34495e;";
                });
                setTooltip(new Tooltip(f.message() + "\n" + Messages.format("findings.source", f.source())));
            } else {
                setText(item.toString());
                setStyle("-fx-font-weight: bold;");
            }
        }
    }
}
