package org.selfeval.ui.controls;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A long text with a live character counter under it ("已输入 N 字" or "N / 200 字"). With a limit
 * (e.g. 100 or 200 字 of the 项目支出绩效自评表) the counter turns red once the text is longer; the
 * text itself is never cut, the clerk decides.
 */
public class LongTextArea extends VBox {
    private final TextArea area = new TextArea();
    private final Label counter = new Label();
    private final IntegerProperty limit = new SimpleIntegerProperty(this, "limit", 0);

    public LongTextArea() {
        this(0);
    }

    /** @param limit the 字 limit, 0 for none */
    public LongTextArea(int limit) {
        getStyleClass().add("long-text-area");
        area.setWrapText(true);
        area.setPrefRowCount(4);
        counter.getStyleClass().add("char-counter");
        HBox bar = new HBox(counter);
        bar.setAlignment(Pos.CENTER_RIGHT);
        this.limit.set(limit);
        area.textProperty().addListener((obs, old, text) -> updateCounter());
        this.limit.addListener((obs, old, l) -> updateCounter());
        updateCounter();
        WheelPassThrough.install(area);
        setSpacing(2);
        getChildren().addAll(area, bar);
    }

    /** Characters as the clerk counts them: code points, line breaks not counted. */
    public static int countChars(String text) {
        if (text == null) {
            return 0;
        }
        return (int) text.codePoints().filter(c -> c != '\n' && c != '\r').count();
    }

    private void updateCounter() {
        int n = countChars(area.getText());
        int max = limit.get();
        boolean over = max > 0 && n > max;
        counter.setText(max > 0 ? Messages.format("text.counter.limit", n, max) : Messages.format("text.counter", n));
        counter.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("over-limit"), over);
    }

    public boolean isOverLimit() {
        return limit.get() > 0 && countChars(area.getText()) > limit.get();
    }

    public StringProperty textProperty() {
        return area.textProperty();
    }

    public String getText() {
        return area.getText();
    }

    public void setText(String text) {
        area.setText(text == null ? "" : text);
    }

    public IntegerProperty limitProperty() {
        return limit;
    }

    public TextArea textArea() {
        return area;
    }

    public Label counterLabel() {
        return counter;
    }

    public void setFieldId(String id) {
        area.setId(id);
    }

    @Override
    public void requestFocus() {
        area.requestFocus();
    }
}
