package org.selfeval.ui;

import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import org.selfeval.audit.Finding;
import org.selfeval.audit.FindingNotes.NotedFinding;
import org.selfeval.model.FindingNote;
import org.selfeval.ui.controls.Look;
import org.selfeval.ui.controls.Messages;

/**
 * One line of the findings tree: a chapter group, a finding (coloured by severity, its source in the
 * tooltip), an explained finding with its note, or a note whose finding is gone (with 删除). The whole
 * message wraps to the pane's width.
 */
final class FindingCell extends TreeCell<Object> {
    /** The indent per tree level and the room of the disclosure arrow, in pixels, until the skin tells. */
    private static final double INDENT = 18;
    private static final double DISCLOSURE = 24;
    private final Map<Finding, NotedFinding> noted;
    private final Consumer<String> onDropNote;
    private static final java.util.List<String> STATES = java.util.List.of("error", "warning", "info", "explained", "group");
    private final Tooltip tooltip = new Tooltip();

    FindingCell(Map<Finding, NotedFinding> noted, Consumer<String> onDropNote) {
        this.noted = noted;
        this.onDropNote = onDropNote;
        getStyleClass().add("finding-cell");
        javafx.beans.InvalidationListener redraw = o -> redraw();
        treeItemProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.valueProperty().removeListener(redraw);
            }
            if (now != null) {
                now.valueProperty().addListener(redraw);
            }
        });
    }

    /**
     * The finding of this cell's line changed (the tree is not told: {@link FindingsPane}): drawn anew
     * here. A changed height asks for layout as any node does, and the tree places the lines below anew.
     */
    private void redraw() {
        javafx.scene.control.TreeItem<Object> line = getTreeItem();
        if (line == null || isEmpty() || line.getValue() == getItem()) {
            return;
        }
        updateItem(line.getValue(), false);
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            show(null);
            return;
        }
        // wrap to the pane's width instead of widening the tree
        setWrapText(true);
        setPrefWidth(0);
        NotedFinding n = item instanceof Finding f ? noted.get(f) : null;
        if (n != null && n.explained()) {
            Finding f = n.finding();
            setGraphic(null);
            setText("✔ [" + Messages.severity(f.severity()) + "] " + f.ruleId() + "  " + f.message() + "\n"
                    + Messages.format("findings.note.shown", n.note().orElseThrow().text()));
            show("explained");
            tip(f.message() + "\n" + Messages.format("findings.note.shown", n.note().orElseThrow().text()));
        } else if (item instanceof FindingNote orphan) {
            showOrphan(orphan);
        } else if (item instanceof Finding f) {
            setGraphic(null);
            setText("[" + Messages.severity(f.severity()) + "] " + f.ruleId() + "  " + f.message());
            show(switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "info";
            });
            tip(f.message() + "\n" + Messages.format("findings.source", f.source()));
        } else {
            setGraphic(null);
            setText(item.toString());
            show("group");
            setTooltip(null);
        }
    }

    /**
     * Tall enough for the whole message wrapped to the room the line has: the cell's own measure
     * leaves out the indent and the disclosure arrow of a nested line and cuts long messages with "…".
     */
    @Override
    protected double computePrefHeight(double width) {
        double own = super.computePrefHeight(width);
        if (getText() == null || getTreeItem() == null || width <= 0 || getTreeView() == null) {
            return own;
        }
        double indent = getSkin() instanceof javafx.scene.control.skin.TreeCellSkin<?> skin ? skin.getIndent() : INDENT;
        javafx.scene.Node arrow = lookup(".tree-disclosure-node");
        double disclosure = arrow instanceof javafx.scene.layout.Region r && r.getWidth() > 0 ? r.getWidth() : DISCLOSURE;
        double nested = (getTreeView().getTreeItemLevel(getTreeItem()) - (getTreeView().isShowRoot() ? 0 : 1)) * indent;
        double room = width - snappedLeftInset() - snappedRightInset() - nested - disclosure;
        javafx.scene.text.Text text = new javafx.scene.text.Text(getText());
        text.setFont(getFont());
        text.setLineSpacing(getLineSpacing());
        text.setWrappingWidth(Math.max(40, room));
        return Math.max(own, Math.ceil(text.getLayoutBounds().getHeight()) + snappedTopInset() + snappedBottomInset() + 2);
    }

    /** Marks the line with one state of {@link #STATES} (app.css colours it), or none. */
    private void show(String state) {
        for (String s : STATES) {
            Look.state(this, s, s.equals(state));
        }
    }

    /** One tooltip per cell, its text changed: a new style or tooltip per redraw re-applies the cell's CSS. */
    private void tip(String text) {
        tooltip.setText(text);
        if (getTooltip() != tooltip) {
            setTooltip(tooltip);
        }
    }

    private void showOrphan(FindingNote orphan) {
        String rule = orphan.findingKey().contains("@")
                ? orphan.findingKey().substring(0, orphan.findingKey().indexOf('@')) : orphan.findingKey();
        String text = "[" + rule + "] " + Messages.format("findings.note.shown", orphan.text());
        setText(null);
        Label label = new Label(text);
        label.setWrapText(true);
        Look.as(label, "orphan-note");
        label.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox.setHgrow(label, Priority.ALWAYS);
        label.setMinWidth(0);
        Button drop = new Button(Messages.get("findings.orphan.delete"));
        drop.getStyleClass().add("orphan-note-delete");
        drop.setUserData(orphan.findingKey());
        drop.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        drop.setOnAction(e -> onDropNote.accept(orphan.findingKey()));
        javafx.scene.layout.HBox line = new javafx.scene.layout.HBox(6, label, drop);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setGraphic(line);
        show(null);
        tip(Messages.get("findings.orphan.why") + "\n" + orphan.text());
    }
}
