package org.selfeval.ui;

import org.selfeval.ui.controls.Look;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.selfeval.ui.controls.Messages;

/** 帮助 → 使用说明 (F1): the user guide in the app, one window, read from the app's own resources. */
final class HelpWindow {
    /** The guide in the window's language: help_zh_CN.txt or help_en.txt. */
    private static String guidePath() {
        return "en".equals(Messages.bundle().getLocale().getLanguage())
                ? "/org/selfeval/ui/help_en.txt" : "/org/selfeval/ui/help_zh_CN.txt";
    }
    private static Stage shown;

    private HelpWindow() {
    }

    static void show(Window owner) {
        if (shown != null && shown.isShowing()) {
            shown.toFront();
            return;
        }
        VBox page = new VBox(6);
        page.setId("help-page");
        page.setPadding(new Insets(16));
        for (String line : guide().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Label l = new Label(line.startsWith("# ") ? line.substring(2) : line);
            l.setWrapText(true);
            l.setMaxWidth(640);
            if (line.startsWith("# ")) {
                Look.as(l, "help-heading");
            }
            page.getChildren().add(l);
        }
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("help.title"));
        stage.setScene(new Scene(scroll, 700, Math.min(640, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 60)));
        stage.show();
        shown = stage;
    }

    static String guide() {
        try (InputStream in = HelpWindow.class.getResourceAsStream(guidePath())) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
