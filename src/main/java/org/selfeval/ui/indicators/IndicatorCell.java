package org.selfeval.ui.indicators;

import org.selfeval.ui.controls.Look;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.QualitativeGrade;

/**
 * One always-editable cell of the indicator table: a text field, or a picker for 一级 / 二级 /
 * 指标性质 / 等级. Shows the row from the report and hands typed text to {@link IndicatorTable};
 * Tab, Shift+Tab and Enter move to the next cell.
 */
final class IndicatorCell extends TableCell<Integer, Integer> {
    private final IndicatorTable table;
    private final IndicatorColumn column;
    private final TextField field;
    private final ComboBox<String> combo;
    private boolean showing;
    private String lastShown = "";

    IndicatorCell(IndicatorTable table, IndicatorColumn column) {
        this.table = table;
        this.column = column;
        getStyleClass().addAll("indicator-cell", "indicator-cell-" + column.field());
        if (column == IndicatorColumn.LEVEL1 || column == IndicatorColumn.LEVEL2
                || column == IndicatorColumn.NATURE || column == IndicatorColumn.GRADE) {
            field = null;
            combo = new ComboBox<>();
            combo.setEditable(column == IndicatorColumn.LEVEL1 || column == IndicatorColumn.LEVEL2);
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.valueProperty().addListener((o, was, now) -> {
                if (!showing && now != null && getIndex() >= 0) {
                    table.editCell(getIndex(), column, now);
                }
            });
            combo.setOnShowing(e -> combo.getItems().setAll(choices()));
            track(combo);
        } else {
            combo = null;
            field = new TextField();
            field.setMaxWidth(Double.MAX_VALUE);
            field.textProperty().addListener((o, was, now) -> {
                if (!showing && column.commitsPerKeystroke() && getIndex() >= 0) {
                    table.editCell(getIndex(), column, now);
                }
            });
            track(field);
        }
        setText(null);
    }

    private void track(Control control) {
        javafx.scene.layout.HBox.setHgrow(control, Priority.ALWAYS);
        control.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                table.currentRow(getIndex(), column);
            } else {
                commitPending();
                show(row());
            }
        });
        control.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB || e.getCode() == KeyCode.ENTER) {
                commitPending();
                e.consume();
                int index = getIndex();
                if (e.getCode() == KeyCode.ENTER) {
                    table.moveFocus(index, column, e.isShiftDown() ? -1 : 1, 0);
                } else {
                    table.moveFocus(index, column, 0, e.isShiftDown() ? -1 : 1);
                }
            }
        });
    }

    /** Commits what waits for Enter / leaving the cell: a typed 得分, an edited picker text. */
    private void commitPending() {
        if (getIndex() < 0 || row() == null) {
            return;
        }
        if (field != null && !column.commitsPerKeystroke() && !field.getText().equals(column.show(row()))) {
            table.editCell(getIndex(), column, field.getText());
            // accepted or refused, the cell now shows what the report holds
            showing = true;
            try {
                field.setText(column.show(row()));
                lastShown = field.getText();
                field.selectAll();
            } finally {
                showing = false;
            }
        }
        if (combo != null && combo.isEditable()) {
            String typed = combo.getEditor().getText();
            if (typed != null && !typed.equals(column.show(row()))) {
                table.editCell(getIndex(), column, typed);
            }
        }
    }

    private List<String> choices() {
        Indicator row = row();
        return switch (column) {
            case LEVEL1 -> table.tree().level1Names();
            case LEVEL2 -> {
                List<String> inTree = row == null ? List.of() : table.tree().level2Of(row.level1());
                yield inTree.isEmpty() && row != null ? table.library().level2Anywhere(row.level1()) : inTree;
            }
            case NATURE -> java.util.Arrays.stream(IndicatorNature.values()).map(IndicatorNature::symbol).toList();
            case GRADE -> java.util.Arrays.stream(QualitativeGrade.values()).map(IndicatorColumn::shortLabel).toList();
            default -> List.of();
        };
    }

    /** The control that takes the keyboard focus in this cell. */
    Node editorNode() {
        return field != null ? field : combo;
    }

    IndicatorColumn column() {
        return column;
    }

    void focusEditor() {
        Node node = editorNode();
        node.requestFocus();
        if (node instanceof TextInputControl t) {
            t.selectAll();
        }
    }

    /** The row of the report this cell shows, or null. */
    private Indicator row() {
        Integer index = getItem();
        return index == null || isEmpty() ? null : table.row(index);
    }

    /** Shows the row as it is in the newest report, keeping the caret of the field typed in. */
    void refresh() {
        show(row());
    }

    @Override
    protected void updateItem(Integer index, boolean empty) {
        super.updateItem(index, empty);
        Indicator row = empty || index == null ? null : table.row(index);
        if (row == null) {
            setGraphic(null);
            return;
        }
        show(row);
        setGraphic(editorNode());
    }

    /** Whether the typed text says what the row holds ("1" for 1.00), or cannot be read yet. */
    private boolean meansSame(Indicator row) {
        try {
            return column.edit(row, field.getText(), "").equals(row);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private void show(Indicator row) {
        if (row == null) {
            return;
        }
        showing = true;
        try {
            String text = column.show(row);
            boolean editable = column.editable(row);
            if (field != null) {
                boolean pending = column.commitsPerKeystroke() ? meansSame(row) : !field.getText().equals(lastShown);
                boolean keepTyped = field.isFocused() && pending;
                if (!text.equals(field.getText()) && !keepTyped) {
                    int caret = field.getCaretPosition();
                    field.setText(text);
                    field.positionCaret(Math.min(caret, text.length()));
                }
                lastShown = text;
                field.setEditable(editable);
                field.setFocusTraversable(editable);
                Look.as(field, "indicator-field");
                Look.state(field, "read-only", !editable);
            } else {
                if (!text.equals(combo.getValue())) {
                    combo.getItems().setAll(choices());
                    combo.setValue(text.isEmpty() ? null : text);
                    if (combo.isEditable()) {
                        combo.getEditor().setText(text);
                    }
                }
                combo.setDisable(!editable);
                if (column == IndicatorColumn.GRADE) {
                    combo.setTooltip(row.grade() == null ? null : new javafx.scene.control.Tooltip(row.grade().label()));
                }
            }
        } finally {
            showing = false;
        }
    }
}
