package org.selfeval.ui.controls;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/** A list line that wraps to the list's width instead of making the list scroll sideways. */
public final class WrappingListCell<T> extends ListCell<T> {
    private final Function<T, String> text;

    public WrappingListCell(Function<T, String> text) {
        this.text = text;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
        setWrapText(true);
        setPrefWidth(0);
    }
}
