package org.selfeval.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.selfeval.ui.controls.Messages;

/**
 * How the cells of one pasted row fill a row record, column by column: each column has a name
 * (for messages) and a setter that throws {@link IllegalArgumentException} with a Chinese reason
 * when its cell cannot be read. A blank cell leaves the field as it is; cells past the last
 * column are ignored. A cell that cannot be read is reported and the rest of the row is kept.
 *
 * @param <T> the row record
 */
public final class PasteColumns<T> implements RowList.RowReader<T> {
    private record Column<T>(String name, BiFunction<T, String, T> set) {
    }

    private final FormTexts texts;
    private final List<Column<T>> columns = new ArrayList<>();

    public PasteColumns(FormTexts texts) {
        this.texts = texts;
    }

    /** Adds the next column; {@code set} gets the stripped, non-blank cell text. */
    public PasteColumns<T> column(String name, BiFunction<T, String, T> set) {
        columns.add(new Column<>(name, set));
        return this;
    }

    @Override
    public T read(T blank, List<String> cells, Consumer<String> problem) {
        T row = blank;
        for (int i = 0; i < cells.size() && i < columns.size(); i++) {
            String cell = cells.get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            Column<T> column = columns.get(i);
            try {
                row = column.set().apply(row, cell);
            } catch (IllegalArgumentException e) {
                problem.accept(texts.format("rows.pasteCell", i + 1, column.name(), cell, e.getMessage()));
            }
        }
        return row;
    }

    /** A whole number of people or posts: digits, optionally followed by 人 or 名; not negative. */
    public static int count(String cell) {
        String digits = cell.replace(",", "").replace("，", "").strip();
        if (digits.endsWith("人") || digits.endsWith("名")) {
            digits = digits.substring(0, digits.length() - 1).strip();
        }
        if (!digits.matches("\\d{1,9}")) {
            throw new IllegalArgumentException(Messages.get(digits.matches("-\\d+") ? "paste.count.negative" : "paste.count.notWhole"));
        }
        return Integer.parseInt(digits);
    }
}
