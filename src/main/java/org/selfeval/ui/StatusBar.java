package org.selfeval.ui;

import org.selfeval.ui.controls.Look;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.selfeval.audit.Finding;
import org.selfeval.audit.Severity;
import org.selfeval.ui.controls.Messages;

/** The bottom line: 保存状态 on the left, the number of findings by severity on the right. */
public final class StatusBar extends HBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final Label save = new Label();
    private final Label message = new Label();
    private final Label counts = new Label();

    public StatusBar() {
        save.setId("save-status");
        message.setId("status-message");
        counts.setId("finding-counts");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        setSpacing(16);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 10, 3, 10));
        Look.as(this, "status-bar");
        Look.as(save, "save-state");
        Look.as(counts, "finding-counts");
        getChildren().addAll(save, message, gap, counts);
    }

    public void showSave(AutoSaver.Status status) {
        switch (status.state()) {
            case SAVING -> {
                save.setText(Messages.get("status.saving"));
                Look.state(save, "failed", false);
            }
            case SAVED -> {
                save.setText(Messages.format("status.saved",
                        LocalTime.ofInstant(status.at(), ZoneId.systemDefault()).format(TIME)));
                Look.state(save, "failed", false);
            }
            case FAILED -> {
                save.setText(Messages.format("status.saveFailed", status.reason()));
                Look.state(save, "failed", true);
            }
            default -> throw new IllegalStateException(status.state().name());
        }
    }

    /** Right after opening: everything shown is what the workspace holds. */
    public void showOpened(java.time.Instant at) {
        save.setText(Messages.format("status.opened", LocalTime.ofInstant(at, ZoneId.systemDefault()).format(TIME)));
        Look.state(save, "failed", false);
    }

    /** A passing message (export finished, report created); empty clears it. */
    public void showMessage(String text) {
        message.setText(text);
    }

    public void showFindings(List<Finding> findings) {
        showFindings(findings, 0);
    }

    /** The counts; {@code explained} of the warnings carry a 说明. */
    public void showFindings(List<Finding> findings, int explained) {
        Map<Severity, Integer> n = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            n.put(s, 0);
        }
        findings.forEach(f -> n.merge(f.severity(), 1, Integer::sum));
        counts.setText(explained > 0
                ? Messages.format("status.findings.explained", n.get(Severity.ERROR), n.get(Severity.WARNING), explained, n.get(Severity.INFO))
                : Messages.format("status.findings", n.get(Severity.ERROR), n.get(Severity.WARNING), n.get(Severity.INFO)));
        Look.state(counts, "errors", n.get(Severity.ERROR) > 0);
    }

    public String saveText() {
        return save.getText();
    }

    public String findingsText() {
        return counts.getText();
    }
}
