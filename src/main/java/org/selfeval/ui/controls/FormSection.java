package org.selfeval.ui.controls;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A titled block of a chapter form: a heading such as "(一)部门财政资金收入情况" and a grid of
 * rows "label | control | derived figure", optionally followed by free nodes (paragraph boxes).
 */
public class FormSection extends VBox {
    private final GridPane grid = new GridPane();
    private int rows;

    public FormSection(String title) {
        getStyleClass().add("form-section");
        Label heading = new Label(title);
        heading.getStyleClass().add("form-section-title");
        Look.as(heading, "section-heading");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(200);
        label.setHalignment(HPos.RIGHT);
        ColumnConstraints control = new ColumnConstraints(140, 180, 260);
        ColumnConstraints derived = new ColumnConstraints();
        derived.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, control, derived);
        setSpacing(6);
        setPadding(new Insets(4, 0, 10, 0));
        getChildren().addAll(heading, grid);
    }

    /** Adds a row; {@code derived} may be null. Returns the row label. */
    public Label addRow(String label, Node control, Node derived) {
        Label l = new Label(label);
        l.setLabelFor(control);
        l.setWrapText(true);
        grid.add(l, 0, rows);
        grid.add(control, 1, rows);
        if (derived != null) {
            grid.add(derived, 2, rows);
        }
        rows++;
        return l;
    }

    /** Adds a node below the grid (a paragraph box, a note). */
    public void addBelow(Node node) {
        getChildren().add(node);
    }

    public GridPane grid() {
        return grid;
    }
}
