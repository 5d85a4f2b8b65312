package org.selfeval.ui;

import org.selfeval.ui.controls.Look;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.selfeval.audit.Finding;
import org.selfeval.audit.FindingNotes.NotedFinding;
import org.selfeval.audit.Severity;
import org.selfeval.edit.PunctuationFix;
import org.selfeval.ui.controls.Messages;

/**
 * Under the findings: the selected finding in full and, for a 警告, a 说明 the clerk can write and
 * save (an 错误 must be fixed and cannot be explained away; a 提示 needs nothing).
 */
final class FindingNoteEditor extends VBox {
    private static final double DETAIL_HEIGHT = 76;
    private static final double HINT_HEIGHT = 36;
    private final Label detail = new Label();
    private final TextArea note = new TextArea();
    private final Button save = new Button(Messages.get("findings.note.save"));
    private final Button fix = new Button(Messages.get("findings.fix.punctuation"));
    private final Label hint = new Label();
    private final BiConsumer<Finding, String> onSave;
    private NotedFinding shown;

    /**
     * @param onSave called with a 警告 and the 说明 typed for it
     * @param onFix  called with a finding whose fix the app can apply in one click (规范标点)
     */
    FindingNoteEditor(BiConsumer<Finding, String> onSave, Consumer<Finding> onFix) {
        super(6);
        this.onSave = onSave;
        fix.setId("finding-fix");
        fix.setMinWidth(Region.USE_PREF_SIZE);
        fix.setOnAction(e -> {
            if (shown != null && PunctuationFix.fixes(shown.finding())) {
                onFix.accept(shown.finding());
            }
        });
        setPadding(new Insets(6));
        detail.setId("finding-detail");
        detail.setWrapText(true);
        // a fixed height: selecting a finding must not move the list under the clerk's mouse
        detail.setMinHeight(DETAIL_HEIGHT);
        detail.setPrefHeight(DETAIL_HEIGHT);
        detail.setMaxHeight(DETAIL_HEIGHT);
        detail.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        note.setId("finding-note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setPromptText(Messages.get("findings.note.prompt"));
        save.setId("finding-note-save");
        save.setOnAction(e -> save());
        save.setMinWidth(Region.USE_PREF_SIZE);
        hint.setId("finding-note-hint");
        hint.setWrapText(true);
        hint.setMinHeight(HINT_HEIGHT);
        hint.setPrefHeight(HINT_HEIGHT);
        hint.setMaxHeight(HINT_HEIGHT);
        Look.as(hint, "hint");
        Region gap = new Region();
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox actions = new HBox(8, hint, gap, fix, save);
        getChildren().addAll(detail, note, actions);
        show(null);
    }

    void show(NotedFinding noted) {
        shown = noted;
        if (noted == null) {
            detail.setText("");
            detail.setTooltip(null);
            note.clear();
            note.setDisable(true);
            save.setDisable(true);
            showFix(false);
            hint.setText(Messages.get("findings.note.pick"));
            return;
        }
        Finding f = noted.finding();
        detail.setText("[" + Messages.severity(f.severity()) + "] " + f.ruleId() + "  " + f.message() + "\n"
                + Messages.format("findings.source", f.source()));
        detail.setTooltip(new javafx.scene.control.Tooltip(detail.getText()));
        note.setText(noted.note().map(n -> n.text()).orElse(""));
        boolean explainable = f.severity() == Severity.WARNING;
        note.setDisable(!explainable);
        save.setDisable(!explainable);
        showFix(PunctuationFix.fixes(f));
        hint.setText(switch (f.severity()) {
            case ERROR -> Messages.get("findings.note.error");
            case INFO -> Messages.get("findings.note.info");
            case WARNING -> Messages.get(noted.explained() ? "findings.note.explained" : "findings.note.open");
        });
    }

    private void showFix(boolean fixable) {
        fix.setVisible(fixable);
        fix.setManaged(fixable);
    }

    private void save() {
        if (shown != null && shown.finding().severity() == Severity.WARNING) {
            onSave.accept(shown.finding(), note.getText());
        }
    }

    String detailText() {
        return detail.getText();
    }
}
