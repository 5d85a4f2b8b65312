package org.selfeval.ui.controls;

import java.math.BigDecimal;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.selfeval.model.Money;
import org.selfeval.model.Stated;

/**
 * The total a document states for itself, shown under the computed one when there is one (an
 * imported report or 决算 table), marked when the two differ, with a button that drops the stated
 * figure so the computed one stands alone (an undoable edit).
 */
public final class StatedTotal {
    private final Label text = new Label();
    private final Button clear = new Button(Messages.get("finances.stated.clear"));
    private final HBox box = new HBox(8, text, clear);

    public StatedTotal(String id, Runnable drop) {
        box.setId(id);
        text.setWrapText(true);
        clear.setOnAction(e -> drop.run());
        box.managedProperty().bind(box.visibleProperty());
        box.setVisible(false);
    }

    public Node node() {
        return box;
    }

    /** Shows the stated figure (or hides the line when none is stated). */
    public void show(Stated stated, BigDecimal computed) {
        box.setVisible(stated != null);
        if (stated == null) {
            return;
        }
        boolean differs = stated.isBlank() || Money.shown(stated.value()).compareTo(Money.shown(computed)) != 0;
        text.setText(stated.isBlank() ? Messages.get("finances.stated.blank")
                : Messages.format(differs ? "finances.stated.differs" : "finances.stated", Money.format(stated.value())));
        Look.as(text, "stated-figure");
        Look.state(text, "differs", differs);
    }
}
