package org.selfeval.ui.forms;

import org.selfeval.ui.controls.Look;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The few layout pieces every chapter form uses: headings, labelled rows, a scrolling page. */
public final class Layouts {
    private static final String[] CN = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private Layouts() {
    }

    public static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-heading");
        Look.as(l, "form-title");
        l.setWrapText(true);
        return l;
    }

    public static Label subheading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-subheading");
        Look.as(l, "form-subtitle");
        l.setWrapText(true);
        return l;
    }

    /** A label above a control. */
    public static VBox field(String label, Node control) {
        Label l = new Label(label);
        l.setLabelFor(control);
        l.setWrapText(true);
        VBox box = new VBox(2, l, control);
        VBox.setVgrow(control, Priority.NEVER);
        return box;
    }

    /** A label left of a control on one line. */
    public static HBox inline(String label, Node control) {
        Label l = new Label(label);
        l.setLabelFor(control);
        l.setMinWidth(Label.USE_PREF_SIZE);
        HBox box = new HBox(6, l, control);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    /** The whole chapter in a vertical scroll pane. */
    public static ScrollPane page(String styleId, Node... sections) {
        VBox content = new VBox(8, sections);
        content.setPadding(new Insets(12, 18, 24, 18));
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId(styleId);
        return org.selfeval.ui.controls.RepaintWhatChanged.in(scroll);
    }

    /** 一是, 二是 … for the 0-based index. */
    public static String chineseOrdinalIs(int index) {
        return chineseNumber(index + 1) + "是";
    }

    /** (一), (二) … */
    public static String chineseParen(int index) {
        return "(" + chineseNumber(index + 1) + ")";
    }

    /** 1., 2. … */
    public static String arabic(int index) {
        return (index + 1) + ".";
    }

    static String chineseNumber(int n) {
        if (n <= 10) {
            return CN[n - 1];
        }
        if (n < 20) {
            return "十" + CN[n - 11];
        }
        if (n < 100) {
            return CN[n / 10 - 1] + "十" + (n % 10 == 0 ? "" : CN[n % 10 - 1]);
        }
        return String.valueOf(n);
    }
}
