package org.selfeval.ui.indicators;

import org.selfeval.ui.controls.Look;
import org.selfeval.profile.IndicatorLibrary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.selfeval.model.Indicator;
import org.selfeval.model.Report;
import org.selfeval.ui.forms.Binder;
import org.selfeval.ui.forms.FormTexts;
import org.selfeval.ui.forms.Ids;
import org.selfeval.ui.forms.Tsv;

/**
 * The 绩效指标 table shared by 一(四) and every 项目支出绩效自评表: one always-editable row per
 * 三级指标, 一级 / 二级 pickers from the {@link IndicatorLibrary}, 得分 computed by
 * {@code IndicatorScoring} (a 定性 score may be typed within its band), rows added, removed, moved
 * and pasted from Excel / WPS. Every change is one edit of the report through the {@link Binder}.
 */
public final class IndicatorTable extends VBox {
    private static final double[] WIDTHS = {105, 128, 165, 84, 78, 64, 92, 96, 64, 64, 150};

    private final Binder binder;
    private final FormTexts texts;
    private final IndicatorLibrary library;
    private final String path;
    private final Function<Report, List<Indicator>> rowsOf;
    private final BiFunction<Report, List<Indicator>, Report> withRows;
    private final ObservableList<Integer> items = FXCollections.observableArrayList();
    private List<Indicator> rows = List.of();
    private final TableView<Integer> table = new TableView<>(items);
    private final ChoiceBox<IndicatorLibrary.Tree> treeChoice = new ChoiceBox<>();
    private final Label message = new Label();
    private final Label totals = new Label();
    private int currentRow = -1;

    /**
     * @param path     field path of the row list, e.g. {@code projects[0].indicators}
     * @param rowsOf   reads the rows from a report
     * @param withRows the report with the rows replaced
     */
    public IndicatorTable(Binder binder, FormTexts texts, IndicatorLibrary library, String path,
                          Function<Report, List<Indicator>> rowsOf, BiFunction<Report, List<Indicator>, Report> withRows) {
        this.binder = binder;
        this.texts = texts;
        this.library = library;
        this.path = path;
        this.rowsOf = rowsOf;
        this.withRows = withRows;
        getStyleClass().add("indicator-table");
        setSpacing(4);
        treeChoice.getItems().setAll(library.trees());
        treeChoice.setValue(library.treeFor(binder.current().profile()));
        table.setId(Ids.of(path));
        table.setEditable(false);
        table.setFixedCellSize(30);
        table.setPrefHeight(rowsHeight(0));
        table.setPlaceholder(new Label(texts.get("indicator.empty")));
        for (IndicatorColumn c : IndicatorColumn.values()) {
            TableColumn<Integer, Integer> col = new TableColumn<>(texts.get(c.labelKey()));
            col.setUserData(c);
            col.setSortable(false);
            col.setReorderable(false);
            col.setPrefWidth(width(c, texts.get(c.labelKey())));
            col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
            col.setCellFactory(x -> new IndicatorCell(this, c));
            table.getColumns().add(col);
        }
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        message.getStyleClass().add("form-message");
        Look.as(message, "problem");
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        getChildren().addAll(toolbar(), table, totals, message);
        binder.onReport(this::show);
    }

    /** The tree picker and the row buttons; on a narrow form the buttons wrap to a second line. */
    private javafx.scene.layout.FlowPane toolbar() {
        Label treeLabel = new Label(texts.get("indicator.tree"));
        treeLabel.setMinWidth(Region.USE_PREF_SIZE);
        treeChoice.setMinWidth(120); // the tree picker gives way, the buttons keep their words
        Button add = button("indicator.add", () -> addRow());
        Button remove = button("indicator.remove", this::removeRow);
        Button up = button("indicator.up", () -> moveRow(-1));
        Button down = button("indicator.down", () -> moveRow(1));
        Button paste = button("indicator.paste", this::pasteAtEnd);
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(6, 4, treeLabel, treeChoice, add, remove, up, down, paste);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 0, 2, 0));
        return bar;
    }

    private Button button(String key, Runnable action) {
        Button b = new Button(texts.get(key));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setId(Ids.of(path) + "-" + key.substring(key.lastIndexOf('.') + 1));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void show(Report report) {
        List<Indicator> before = this.rows;
        this.rows = rowsOf.apply(report);
        if (rows.size() != items.size()) {
            table.setPrefHeight(rowsHeight(rows.size()));
            items.setAll(java.util.stream.IntStream.range(0, rows.size()).boxed().toList());
        } else if (!rows.equals(before)) {
            // Replacing items would make the table rebuild every cell and drop the focus of the
            // cell being typed in; the cells show the new rows in place instead.
            for (var node : table.lookupAll(".indicator-cell")) {
                if (node instanceof IndicatorCell cell) {
                    cell.refresh();
                }
            }
        }
        BigDecimal weight = BigDecimal.ZERO;
        BigDecimal score = BigDecimal.ZERO;
        boolean complete = true;
        for (Indicator row : rows) {
            weight = weight.add(row.weight() == null ? BigDecimal.ZERO : row.weight());
            var s = row.effectiveScore();
            complete &= s.isPresent();
            score = score.add(s.orElse(BigDecimal.ZERO));
        }
        totals.setText(texts.format("indicator.totals", rows.size(), weight.toPlainString(),
                complete ? score.toPlainString() : texts.get("indicator.scoreIncomplete")));
    }

    /** Room for every row plus an empty one (4 to 16 rows), the header and a scroll bar. */
    private static double rowsHeight(int rows) {
        return Math.max(4, Math.min(rows + 1, 16)) * 30 + 48;
    }

    /** The row shown at an index, from the last report. */
    Indicator row(int index) {
        return index >= 0 && index < rows.size() ? rows.get(index) : null;
    }

    IndicatorLibrary library() {
        return library;
    }

    IndicatorLibrary.Tree tree() {
        return treeChoice.getValue();
    }

    public TableView<Integer> tableView() {
        return table;
    }

    public Label messageLabel() {
        return message;
    }

    public Label totalsLabel() {
        return totals;
    }

    void currentRow(int index, IndicatorColumn column) {
        currentRow = index;
        if (index >= 0) {
            table.getSelectionModel().select(index);
        }
    }

    /** Sets one cell from text: one edit keyed by the cell's field path. */
    void editCell(int index, IndicatorColumn column, String text) {
        String label = texts.get(column.labelKey());
        String key = path + "[" + index + "]." + column.field();
        String[] refusal = new String[1];
        binder.apply(key, r -> {
            List<Indicator> rows = new ArrayList<>(rowsOf.apply(r));
            if (index >= rows.size()) {
                return r;
            }
            try {
                rows.set(index, column.edit(rows.get(index), text, label));
            } catch (IllegalArgumentException e) {
                refusal[0] = texts.format("indicator.row", index + 1) + e.getMessage();
                return r;
            }
            return withRows.apply(r, rows);
        });
        showMessage(refusal[0]);
    }

    private void showMessage(String text) {
        message.setText(text == null ? "" : text);
        message.setVisible(text != null && !text.isEmpty());
    }

    /** Adds an empty row after the current one (at the end when none), 一级 preset from the row above. */
    public void addRow() {
        int at = currentRow >= 0 && currentRow < items.size() ? currentRow + 1 : items.size();
        Indicator above = at > 0 ? rows.get(at - 1) : null;
        Indicator fresh = new Indicator(above == null ? "" : above.level1(), above == null ? "" : above.level2(),
                "", null, "", "", "", null, null, null, "");
        structural(rows -> rows.add(at, fresh));
        currentRow = at;
        focusCell(at, IndicatorColumn.NAME);
    }

    public void removeRow() {
        int at = currentRow;
        if (at < 0 || at >= items.size()) {
            showMessage(texts.get("indicator.noRow"));
            return;
        }
        structural(rows -> rows.remove(at));
        currentRow = Math.min(at, items.size() - 1);
    }

    public void moveRow(int delta) {
        int at = currentRow;
        int to = at + delta;
        if (at < 0 || at >= items.size() || to < 0 || to >= items.size()) {
            return;
        }
        structural(rows -> rows.add(to, rows.remove(at)));
        currentRow = to;
        table.getSelectionModel().select(to);
    }

    private void structural(java.util.function.Consumer<List<Indicator>> change) {
        binder.apply(null, r -> {
            List<Indicator> rows = new ArrayList<>(rowsOf.apply(r));
            change.accept(rows);
            return withRows.apply(r, rows);
        });
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.V) {
            String text = Clipboard.getSystemClipboard().getString();
            if (Tsv.isMultiCell(text)) {
                e.consume();
                IndicatorColumn start = focusedColumn();
                paste(Math.max(currentRow, 0), start, text);
            }
        }
    }

    private IndicatorColumn focusedColumn() {
        var owner = getScene() == null ? null : getScene().getFocusOwner();
        for (var n = owner; n != null; n = n.getParent()) {
            if (n instanceof IndicatorCell cell) {
                return cell.column();
            }
        }
        return IndicatorColumn.LEVEL1;
    }

    private void pasteAtEnd() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.isBlank()) {
            showMessage(texts.get("indicator.clipboardEmpty"));
            return;
        }
        paste(items.size(), IndicatorColumn.LEVEL1, text);
    }

    /**
     * Pastes tab-separated rows from the given row and column on, in the Sichuan column order;
     * rows beyond the end are added. One undoable edit; cells that do not fit are named and skipped.
     */
    public void paste(int fromRow, IndicatorColumn fromColumn, String tsv) {
        List<List<String>> cells = Tsv.parse(tsv);
        List<String> refused = new ArrayList<>();
        IndicatorColumn first = fromColumn == IndicatorColumn.GRADE ? IndicatorColumn.WEIGHT : fromColumn;
        int startCol = IndicatorColumn.PASTE_ORDER.indexOf(first);
        binder.apply(null, r -> {
            refused.clear();
            List<Indicator> rows = new ArrayList<>(rowsOf.apply(r));
            for (int i = 0; i < cells.size(); i++) {
                int at = fromRow + i;
                while (rows.size() <= at) {
                    rows.add(new Indicator("", "", "", null, "", "", "", null, null, null, ""));
                }
                Indicator row = rows.get(at);
                List<String> line = cells.get(i);
                for (int j = 0; j < line.size() && startCol + j < IndicatorColumn.PASTE_ORDER.size(); j++) {
                    IndicatorColumn col = IndicatorColumn.PASTE_ORDER.get(startCol + j);
                    try {
                        row = col.edit(row, line.get(j), texts.get(col.labelKey()));
                    } catch (IllegalArgumentException ex) {
                        refused.add(texts.format("indicator.row", at + 1) + ex.getMessage());
                    }
                }
                rows.set(at, row);
            }
            return withRows.apply(r, rows);
        });
        showMessage(refused.isEmpty() ? "" : texts.get("indicator.pasteRefused") + String.join("；", refused));
    }

    /** Moves the keyboard focus from a cell by rows / columns (Tab, Shift+Tab, Enter). */
    void moveFocus(int row, IndicatorColumn column, int dRow, int dCol) {
        List<IndicatorColumn> cols = List.of(IndicatorColumn.values());
        int c = cols.indexOf(column);
        int r = row;
        for (int guard = 0; guard < cols.size() * 2; guard++) {
            c += dCol;
            r += dRow;
            if (c >= cols.size()) {
                c = 0;
                r++;
            } else if (c < 0) {
                c = cols.size() - 1;
                r--;
            }
            if (guard == 0 && dRow > 0 && r == items.size() && !rows.get(r - 1).name().isBlank()) {
                // Enter below the last filled row starts a new row, as typing down an Excel column
                currentRow = r - 1;
                addRow();
                focusCell(r, cols.get(c));
                return;
            }
            if (r < 0 || r >= items.size()) {
                return;
            }
            if (cols.get(c).editable(rows.get(r))) {
                focusCell(r, cols.get(c));
                return;
            }
        }
    }

    /**
     * A column wide enough for its heading and, for the 一级 / 二级 pickers, the longest name the
     * indicator trees offer beside the picker's arrow ("可持续影响指标" was cut to "可持续影响指").
     */
    private double width(IndicatorColumn c, String heading) {
        double need = textWidth(heading) + 24;
        if (c == IndicatorColumn.LEVEL1 || c == IndicatorColumn.LEVEL2) {
            for (IndicatorLibrary.Tree tree : library.trees()) {
                for (IndicatorLibrary.Level1 l1 : tree.level1()) {
                    need = Math.max(need, textWidth(c == IndicatorColumn.LEVEL1 ? l1.name() : "")
                            + PICKER_ROOM);
                    if (c == IndicatorColumn.LEVEL2) {
                        for (String l2 : l1.level2()) {
                            need = Math.max(need, textWidth(l2) + PICKER_ROOM);
                        }
                    }
                }
            }
        }
        return Math.max(WIDTHS[c.ordinal()], Math.ceil(need));
    }

    /** The picker's arrow, its padding and the cell's. */
    private static final double PICKER_ROOM = 48;

    private static double textWidth(String s) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(javafx.scene.text.Font.getDefault());
        return t.getLayoutBounds().getWidth();
    }

    /** Puts the keyboard focus into one cell, scrolling it into view. */
    public void focusCell(int row, IndicatorColumn column) {
        table.scrollTo(row);
        table.getColumns().stream().filter(col -> col.getUserData() == column).findFirst().ifPresent(table::scrollToColumn);
        table.layout();
        for (var node : table.lookupAll(".indicator-cell")) {
            if (node instanceof IndicatorCell cell && cell.getIndex() == row && cell.column() == column) {
                currentRow = row;
                cell.focusEditor();
                return;
            }
        }
        Platform.runLater(() -> {
            for (var node : table.lookupAll(".indicator-cell")) {
                if (node instanceof IndicatorCell cell && cell.getIndex() == row && cell.column() == column) {
                    currentRow = row;
                    cell.focusEditor();
                }
            }
        });
    }
}
