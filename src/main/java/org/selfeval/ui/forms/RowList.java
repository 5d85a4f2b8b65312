package org.selfeval.ui.forms;

import org.selfeval.ui.controls.Look;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.selfeval.model.Report;

/**
 * An ordered list of rows of one kind (tasks, sub-items, headcounts) with add / remove / move up /
 * move down and paste of tab-separated rows from Excel / WPS. Rows are rebuilt only when their
 * number changes; otherwise each row's controls refresh in place, so typing keeps the caret.
 *
 * @param <T> the row record
 */
public final class RowList<T> extends VBox {
    /** Builds the controls of one row; {@code row} reads and writes that row of the report. */
    public interface RowEditor<T> {
        Node build(Binder rowBinder, Row<T> row);
    }

    /**
     * Makes a row from the cells of one pasted line, starting from a blank row; reports each cell
     * it cannot read (column and reason, without the row) and keeps the rest.
     */
    public interface RowReader<T> {
        T read(T blank, List<String> cells, java.util.function.Consumer<String> problem);
    }

    /** One row seen from its controls: the index, its value in a report, and the edit of it. */
    public static final class Row<T> {
        private final int index;
        private final RowList<T> list;

        private Row(RowList<T> list, int index) {
            this.list = list;
            this.index = index;
        }

        public int index() {
            return index;
        }

        public T of(Report r) {
            List<T> rows = list.get.apply(r);
            return index < rows.size() ? rows.get(index) : list.blank.get();
        }

        public Report with(Report r, T value) {
            List<T> rows = new ArrayList<>(list.get.apply(r));
            if (index >= rows.size()) {
                return r;
            }
            rows.set(index, value);
            return list.set.apply(r, rows);
        }

        /** Field path of a part of this row, e.g. {@code basics.tasks.items[2].title}. */
        public String key(String field) {
            return list.path + "[" + index + "]." + field;
        }
    }

    private final Binder rows;
    private final FormTexts texts;
    private final String path;
    private final Function<Report, List<T>> get;
    private final BiFunction<Report, List<T>, Report> set;
    private final Supplier<T> blank;
    private final RowEditor<T> editor;
    private final Function<Integer, String> numbering;
    private final RowReader<T> fromCells;
    private final Label pasteMessage = new Label();
    private final VBox body = new VBox(6);
    private int shown = -1;
    private int current = -1;

    /**
     * @param numbering the label before a row, from its 0-based index (一是, 1., …)
     * @param fromCells a row made from pasted cells; null when the list takes no paste
     */
    public RowList(Binder binder, FormTexts texts, String path, Function<Report, List<T>> get,
                   BiFunction<Report, List<T>, Report> set, Supplier<T> blank, Function<Integer, String> numbering,
                   RowReader<T> fromCells, RowEditor<T> editor) {
        this.rows = binder.child();
        this.texts = texts;
        this.path = path;
        this.get = get;
        this.set = set;
        this.blank = blank;
        this.numbering = numbering;
        this.fromCells = fromCells;
        this.editor = editor;
        getStyleClass().add("row-list");
        setId(Ids.of(path));
        setSpacing(6);
        Button add = new Button(texts.get("rows.add"));
        add.setId(Ids.of(path) + "-add");
        add.setOnAction(e -> addAfter(current));
        HBox bar = new HBox(6, add);
        if (fromCells != null) {
            Button paste = new Button(texts.get("rows.paste"));
            paste.setId(Ids.of(path) + "-paste");
            paste.setOnAction(e -> pasteAfter(size() - 1, Clipboard.getSystemClipboard().getString()));
            bar.getChildren().add(paste);
            addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        }
        pasteMessage.setId(Ids.of(path) + "-paste-message");
        pasteMessage.setWrapText(true);
        Look.as(pasteMessage, "problem");
        pasteMessage.setManaged(false);
        pasteMessage.setVisible(false);
        getChildren().addAll(body, bar, pasteMessage);
        binder.onReport(this::show);
    }

    private int size() {
        return get.apply(rows.current()).size();
    }

    private void show(Report report) {
        int n = get.apply(report).size();
        if (n == shown) {
            return;
        }
        shown = n;
        showPasteMessage(""); // a message about an earlier paste no longer fits the rows
        rows.clear();
        body.getChildren().clear();
        for (int i = 0; i < n; i++) {
            body.getChildren().add(rowNode(i));
        }
        current = Math.min(current, n - 1);
    }

    private Node rowNode(int i) {
        Row<T> row = new Row<>(this, i);
        Binder rowBinder = rows.child();
        Label number = new Label(numbering.apply(i));
        number.setMinWidth(36);
        Node content = editor.build(rowBinder, row);
        HBox.setHgrow(content, Priority.ALWAYS);
        Button up = small("rows.up", () -> move(i, -1));
        Button down = small("rows.down", () -> move(i, 1));
        Button remove = small("rows.remove", () -> remove(i));
        up.setDisable(i == 0);
        VBox buttons = new VBox(2, up, down, remove);
        buttons.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox line = new HBox(6, number, content, buttons);
        line.setAlignment(Pos.TOP_LEFT);
        line.setPadding(new Insets(2));
        line.getStyleClass().add("row-list-row");
        line.setUserData(i);
        line.focusWithinProperty().addListener((o, was, now) -> {
            if (now) {
                current = i;
            }
        });
        up.setId(Ids.of(path) + "-" + i + "-up");
        down.setId(Ids.of(path) + "-" + i + "-down");
        remove.setId(Ids.of(path) + "-" + i + "-remove");
        return line;
    }

    private Button small(String key, Runnable action) {
        Button b = new Button(texts.get(key));
        Look.as(b, "row-button");
        b.setFocusTraversable(false);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the words stay whole ("…" at 1024 wide)
        b.setOnAction(e -> action.run());
        return b;
    }

    private void structural(java.util.function.Consumer<List<T>> change) {
        rows.apply(null, r -> {
            List<T> list = new ArrayList<>(get.apply(r));
            change.accept(list);
            return set.apply(r, list);
        });
    }

    public void addAfter(int index) {
        int at = index < 0 ? size() : index + 1;
        structural(list -> list.add(Math.min(at, list.size()), blank.get()));
        current = at;
    }

    public void remove(int index) {
        structural(list -> {
            if (index < list.size()) {
                list.remove(index);
            }
        });
    }

    public void move(int index, int delta) {
        structural(list -> {
            int to = index + delta;
            if (index < list.size() && to >= 0 && to < list.size()) {
                list.add(to, list.remove(index));
            }
        });
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.V) {
            String text = Clipboard.getSystemClipboard().getString();
            if (Tsv.isMultiCell(text)) {
                e.consume();
                pasteAfter(current < 0 ? size() - 1 : current, text);
            }
        }
    }

    /**
     * Inserts the pasted rows after a row (-1: at the start), as one undoable edit. Cells that
     * cannot be read are named (row of the list, column) under the list; the rest is pasted.
     */
    public void pasteAfter(int index, String tsv) {
        List<List<String>> cells = Tsv.parse(tsv);
        if (fromCells == null) {
            return;
        }
        if (cells.stream().allMatch(line -> line.stream().allMatch(String::isBlank))) {
            showPasteMessage(texts.get("rows.clipboardEmpty"));
            return;
        }
        List<String> problems = new ArrayList<>();
        structural(list -> {
            problems.clear();
            int at = Math.min(index + 1, list.size());
            for (List<String> line : cells) {
                if (line.stream().allMatch(String::isBlank)) {
                    continue;
                }
                int rowNumber = at + 1;
                list.add(at++, fromCells.read(blank.get(), line,
                        p -> problems.add(texts.format("rows.pasteRow", rowNumber) + p)));
            }
        });
        showPasteMessage(problems.isEmpty() ? "" : texts.get("rows.pasteRefused") + String.join("；", problems));
    }

    private void showPasteMessage(String text) {
        pasteMessage.setText(text);
        pasteMessage.setVisible(!text.isEmpty());
        pasteMessage.setManaged(!text.isEmpty());
    }

    /** The message under the list about the last paste; empty when all cells were read. */
    public String pasteMessage() {
        return pasteMessage.getText();
    }

    /** The number of rows shown. */
    public int rowCount() {
        return body.getChildren().size();
    }
}
