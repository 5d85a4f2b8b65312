package org.selfeval.ui.forms;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.selfeval.model.Report;
import org.selfeval.model.TextItem;
import org.selfeval.ui.controls.LongTextArea;

/**
 * An ordered list of {@link TextItem}s (工作任务, 履职 sub-items): a title field and a long text per
 * item. Pasted rows give the title from the first cell and the text from the second.
 */
public final class TextItemList {
    private TextItemList() {
    }

    public static RowList<TextItem> create(Binder binder, FormTexts texts, String path,
                                           Function<Report, List<TextItem>> get,
                                           BiFunction<Report, List<TextItem>, Report> set,
                                           Function<Integer, String> numbering) {
        return new RowList<>(binder, texts, path, get, set, () -> new TextItem("", ""), numbering,
                (blank, cells, problem) -> fromCells(blank, cells), (rowBinder, row) -> {
                    TextField title = new TextField();
                    title.setPromptText(texts.get("item.title.prompt"));
                    title.setId(Ids.of(row.key("title")));
                    rowBinder.text(title, row.key("title"), r -> row.of(r).title(),
                            (r, v) -> row.with(r, row.of(r).withTitle(v)));
                    LongTextArea body = new LongTextArea();
                    body.textArea().setPrefRowCount(3);
                    body.setFieldId(Ids.of(row.key("body")));
                    Fields.tabMovesFocus(body.textArea());
                    rowBinder.text(body.textArea(), row.key("body"), r -> row.of(r).body(),
                            (r, v) -> row.with(r, row.of(r).withBody(v)));
                    return new VBox(3, title, body);
                });
    }

    static TextItem fromCells(TextItem blank, List<String> cells) {
        if (cells.size() == 1) {
            return blank.withBody(cells.get(0).strip());
        }
        return blank.withTitle(cells.get(0).strip()).withBody(String.join("", cells.subList(1, cells.size())).strip());
    }
}
