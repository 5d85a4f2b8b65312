package org.selfeval.ui.controls;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A paragraph that is generated from figures unless the clerk writes their own. While
 * {@link #ownTextProperty()} is null the generated text is shown read-only; "改用自己的表述" copies it
 * into the editable area and from then on the clerk's text is the value; "恢复自动生成" sets it back
 * to null (= generated).
 */
public class GeneratedTextBox extends VBox {
    private final StringProperty generated = new SimpleStringProperty(this, "generated", "");
    private final ObjectProperty<String> own = new SimpleObjectProperty<>(this, "own");
    private final TextArea area = new TextArea();
    private final Label state = new Label();
    private final ToggleButton useOwn = new ToggleButton(Messages.get("generated.useOwn"));
    private final Button restore = new Button(Messages.get("generated.restore"));
    private boolean updating;

    public GeneratedTextBox() {
        getStyleClass().add("generated-text-box");
        area.setWrapText(true);
        WheelPassThrough.install(area);
        area.setPrefRowCount(4);
        state.getStyleClass().add("generated-state");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, state, gap, useOwn, restore);
        bar.setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);
        getChildren().addAll(area, bar);

        useOwn.setOnAction(e -> {
            if (useOwn.isSelected()) {
                own.set(generated.get() == null ? "" : generated.get());
                area.requestFocus();
            } else {
                own.set(null);
            }
        });
        restore.setOnAction(e -> own.set(null));
        area.textProperty().addListener((obs, old, text) -> {
            if (!updating && own.get() != null && !Objects.equals(text, own.get())) {
                own.set(text);
            }
        });
        generated.addListener((obs, old, g) -> refresh());
        own.addListener((obs, old, o) -> refresh());
        refresh();
    }

    private void refresh() {
        boolean isOwn = own.get() != null;
        String shown = isOwn ? own.get() : generated.get();
        updating = true;
        try {
            if (!Objects.equals(area.getText(), shown == null ? "" : shown)) {
                area.setText(shown == null ? "" : shown);
            }
        } finally {
            updating = false;
        }
        area.setEditable(isOwn);
        Look.as(area, "generated-text");
        Look.state(area, "generated", !isOwn);
        useOwn.setSelected(isOwn);
        useOwn.setDisable(isOwn);
        restore.setDisable(!isOwn);
        state.setText(Messages.get(isOwn ? "generated.state.own" : "generated.state.auto"));
    }

    /** The text generated from the figures; the form keeps it up to date. */
    public StringProperty generatedTextProperty() {
        return generated;
    }

    /** The clerk's own wording, or null when the generated text is used. */
    public ObjectProperty<String> ownTextProperty() {
        return own;
    }

    public boolean isGenerated() {
        return own.get() == null;
    }

    /** The text as it stands in the report: the clerk's or the generated one. */
    public String shownText() {
        return area.getText();
    }

    public TextArea textArea() {
        return area;
    }

    public ToggleButton useOwnButton() {
        return useOwn;
    }

    public Button restoreButton() {
        return restore;
    }

    public void setFieldId(String id) {
        area.setId(id);
        useOwn.setId(id + "-own");
        restore.setId(id + "-restore");
    }

    @Override
    public void requestFocus() {
        area.requestFocus();
    }
}
