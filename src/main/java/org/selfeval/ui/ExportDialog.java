package org.selfeval.ui;

import org.selfeval.ui.controls.Look;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.selfeval.audit.Finding;
import org.selfeval.audit.Severity;
import org.selfeval.document.AuditAppendix;
import org.selfeval.export.ExportErrors;
import org.selfeval.export.ExportNames;
import org.selfeval.export.Exporters;
import org.selfeval.model.Report;
import org.selfeval.ui.controls.Messages;

/**
 * 文件 → 导出…: which files (remembered), the folder, the file names from the department and year, the
 * 审核说明 appendix, the 错误 still open (listed, not blocking), then one {@link ExportTask} per run with
 * progress and cancel; afterwards the exporters' font notices, 打开文件夹 and 打印.
 */
final class ExportDialog {
    private final Stage stage = new Stage();
    private final Report report;
    private final ExportSettings settings;
    private final Runnable beforeExport;
    private final SystemHandOff handOff;
    private final Map<String, CheckBox> formats = new LinkedHashMap<>();
    private final TextField folder = new TextField();
    private final Label names = new Label();
    private final CheckBox appendix = new CheckBox(Messages.get("exportDialog.appendix"));
    private final CheckBox appendixErrors = new CheckBox(Messages.get("exportDialog.appendixErrors"));
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Label notices = new Label();
    private final Button run = new Button(Messages.get("exportDialog.export"));
    private final Button pack = new Button(Messages.get("exportDialog.package"));
    private final Button openFolder = new Button(Messages.get("exportDialog.openFolder"));
    private final Button print = new Button(Messages.get("exportDialog.print"));
    private final Button close = new Button(Messages.get("exportDialog.close"));
    private final DatePicker date = new DatePicker();
    private final Consumer<LocalDate> onDate;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private ExportTask task;
    private ExportTask.Outcome last;

    /**
     * @param findings     the report's current findings (the 错误 are listed)
     * @param beforeExport run on the task's thread before any file is written (the automatic snapshot)
     */
    ExportDialog(Window owner, Report report, List<Finding> findings, ExportSettings settings, Runnable beforeExport,
                 SystemHandOff handOff) {
        this(owner, report, findings, settings, beforeExport, handOff, d -> { });
    }

    ExportDialog(Window owner, Report report, List<Finding> findings, ExportSettings settings, Runnable beforeExport,
                 SystemHandOff handOff, Consumer<LocalDate> onDate) {
        this(owner, report, findings, settings, beforeExport, handOff, onDate,
                () -> new org.selfeval.export.pdf.PdfExporter().fontNotices());
    }

    /**
     * @param onDate called on the FX thread with the 报告日期 the clerk entered here (asked for only when
     *               the report has none), before the files are written with it
     * @param fontNotices the PDF's notices for faces it substitutes (looked up off the FX thread, shown
     *                    before exporting while the PDF is ticked)
     */
    ExportDialog(Window owner, Report report, List<Finding> findings, ExportSettings settings, Runnable beforeExport,
                 SystemHandOff handOff, Consumer<LocalDate> onDate, java.util.function.Supplier<List<String>> fontNotices) {
        this.report = report;
        this.onDate = onDate;
        this.settings = settings;
        this.beforeExport = beforeExport;
        this.handOff = handOff;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("export.title"));
        VBox formatsRow = formatsRow(settings.formats());
        CheckBox pdf = formats.get("pdf");
        ExportFontWarning fontWarning = new ExportFontWarning(fontNotices,
                pdf != null ? pdf.selectedProperty() : new SimpleBooleanProperty(false), () -> {
                    stage.sizeToScene();
                    javafx.application.Platform.runLater(() -> DialogSizing.keepOnScreen(stage));
                });
        VBox root = new VBox(10, heading(), formatsRow, folderRow(settings.folder()), names,
                fontWarning.node(), appendixRow(), ExportErrorList.of(findings), packageHint(), progressRow(), notices);
        if (report.reportDate() == null) {
            root.getChildren().add(4, dateRow());
        }
        root.setPadding(new Insets(14));
        root.setPrefWidth(720);
        root.getChildren().forEach(n -> {
            if (n instanceof Region r) {
                r.setMinHeight(Region.USE_PREF_SIZE);
            }
        });
        root.setId("export-dialog");
        // the buttons stay in sight on a small screen; what does not fit above them scrolls
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        javafx.scene.Node buttonRow = buttons();
        javafx.scene.layout.BorderPane.setMargin(buttonRow, new Insets(8, 14, 14, 14));
        javafx.scene.layout.BorderPane frame = new javafx.scene.layout.BorderPane(scroll);
        frame.setBottom(buttonRow);
        stage.setScene(new Scene(frame));
        // the viewport asks for the whole content (a ScrollPane alone asks for 100 × 100, and a window
        // manager then maps the dialog at about 200 × 200 with its content cut)
        frame.applyCss();
        double contentWidth = root.prefWidth(-1);
        scroll.setPrefViewportWidth(contentWidth);
        scroll.setPrefViewportHeight(root.prefHeight(contentWidth));
        // the window manager takes the first size as the window's own: cap it before it is shown
        stage.setMaxHeight(javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 40);
        stage.setOnShown(e -> javafx.application.Platform.runLater(() -> DialogSizing.keepOnScreen(stage)));
        stage.setOnCloseRequest(e -> {
            if (running.get()) {
                e.consume();
                task.requestStop();
            }
        });
        updateNames();
    }

    Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
    }

    private Label heading() {
        Label title = new Label(report.title());
        Look.as(title, "dialog-title");
        title.setWrapText(true);
        return title;
    }

    private VBox formatsRow(Set<String> chosen) {
        FlowPane boxes = new FlowPane(16, 6);
        for (String ext : Exporters.EXTENSIONS) {
            CheckBox box = new CheckBox(Messages.get("exportDialog." + ext));
            box.setId("export-" + ext);
            box.setSelected(chosen.contains(ext));
            box.selectedProperty().addListener((o, a, b) -> updateNames());
            box.disableProperty().bind(running);
            formats.put(ext, box);
            boxes.getChildren().add(box);
        }
        return new VBox(4, new Label(Messages.get("exportDialog.files")), boxes);
    }

    private HBox folderRow(Path initial) {
        folder.setId("export-folder");
        folder.setText(initial.toString());
        folder.textProperty().addListener((o, a, b) -> updateNames());
        folder.disableProperty().bind(running);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button(Messages.get("exportDialog.choose"));
        choose.setId("export-choose");
        choose.disableProperty().bind(running);
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Messages.get("exportDialog.folder"));
            Path current = Path.of(folder.getText().strip().isEmpty() ? "." : folder.getText().strip());
            if (Files.isDirectory(current)) {
                chooser.setInitialDirectory(current.toFile());
            }
            java.io.File picked = chooser.showDialog(stage);
            if (picked != null) {
                folder.setText(picked.getAbsolutePath());
            }
        });
        Label label = new Label(Messages.get("exportDialog.folder"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, label, folder, choose);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    /** 报告日期: printed under the 署名 (GB/T 9704); asked for here when the report has none. */
    private VBox dateRow() {
        date.setId("export-date");
        date.setConverter(new ChineseDateConverter());
        date.setPromptText(Messages.get("exportDialog.datePrompt"));
        date.disableProperty().bind(running);
        Label label = new Label(Messages.get("exportDialog.date"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, label, date);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label hint = new Label(Messages.get("exportDialog.dateMissing"));
        hint.setId("export-date-hint");
        hint.setWrapText(true);
        Look.as(hint, "caution");
        return new VBox(4, row, hint);
    }

    private VBox appendixRow() {
        appendix.setId("export-appendix");
        appendix.setSelected(AuditAppendix.hasNotes(report));
        appendix.disableProperty().bind(running);
        appendixErrors.setId("export-appendix-errors");
        appendixErrors.disableProperty().bind(running.or(appendix.selectedProperty().not()));
        VBox box = new VBox(4, appendix, appendixErrors);
        VBox.setMargin(appendixErrors, new Insets(0, 0, 0, 24));
        return box;
    }

    private Label packageHint() {
        Label hint = new Label(Messages.format("exportDialog.packageHint", ExportNames.packageFolder(report)));
        hint.setWrapText(true);
        Look.as(hint, "hint");
        return hint;
    }

    private VBox progressRow() {
        progress.setId("export-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        status.setId("export-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        notices.setId("export-notices");
        notices.setWrapText(true);
        Look.as(notices, "caution");
        return new VBox(4, progress, status);
    }

    private HBox buttons() {
        run.setId("export-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> start(false));
        pack.setId("export-package");
        pack.setOnAction(e -> start(true));
        run.disableProperty().bind(running);
        pack.disableProperty().bind(running);
        openFolder.setId("export-open-folder");
        openFolder.setDisable(true);
        openFolder.setOnAction(e -> handOff.openFolder(last.folder(), status::setText));
        print.setId("export-print");
        print.setDisable(true);
        print.setOnAction(e -> {
            if (last == null || last.pdf() == null) {
                status.setText(Messages.get("exportDialog.noPdf"));
            } else {
                handOff.print(last.pdf(), status::setText);
            }
        });
        close.setId("export-close");
        close.setCancelButton(true);
        close.textProperty().bind(Bindings.when(running).then(Messages.get("exportDialog.cancel"))
                .otherwise(Messages.get("exportDialog.close")));
        close.setOnAction(e -> {
            if (running.get()) {
                task.requestStop();
            } else {
                stage.close();
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return new HBox(8, run, pack, gap, openFolder, print, close);
    }

    private Set<String> chosenFormats() {
        Set<String> chosen = new LinkedHashSet<>();
        formats.forEach((ext, box) -> {
            if (box.isSelected()) {
                chosen.add(ext);
            }
        });
        return chosen;
    }

    private void updateNames() {
        StringBuilder text = new StringBuilder(Messages.get("exportDialog.names"));
        for (String ext : chosenFormats()) {
            text.append("\n  ").append(ExportNames.forExtension(report, ext));
        }
        names.setText(text.toString());
        names.setId("export-names");
    }

    private void start(boolean packageOnly) {
        Set<String> chosen = chosenFormats();
        String dir = folder.getText().strip();
        if (!packageOnly && chosen.isEmpty()) {
            status.setText(Messages.get("exportDialog.nothing"));
            return;
        }
        if (dir.isEmpty()) {
            status.setText(Messages.get("exportDialog.noFolder"));
            return;
        }
        Path target = Path.of(dir);
        settings.remember(chosen, target);
        Report exported = report;
        if (report.reportDate() == null && date.getValue() != null) {
            exported = report.withReportDate(date.getValue());
            onDate.accept(date.getValue());
        }
        task = new ExportTask(new ExportTask.Order(exported, target, chosen, packageOnly, appendix.isSelected(),
                appendix.isSelected() && appendixErrors.isSelected()), beforeExport);
        last = null;
        openFolder.setDisable(true);
        print.setDisable(true);
        notices.setText("");
        progress.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        running.set(true);
        task.setOnSucceeded(e -> finished(task.getValue(), null));
        task.setOnFailed(e -> finished(null, task.getException()));
        Thread thread = new Thread(task, "export");
        thread.setDaemon(true);
        thread.start();
    }

    private void finished(ExportTask.Outcome outcome, Throwable error) {
        running.set(false);
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        if (error != null) {
            progress.setVisible(false);
            String why = ExportErrors.ioCause(error).isPresent()
                    ? ExportErrors.describe(Path.of(folder.getText().strip()), error) : AutoSaver.reason(error);
            status.setText(Messages.format("exportDialog.failed", why));
            Dialogs.showError(stage, "exportDialog.failed.title", Messages.format("exportDialog.failed", why));
            return;
        }
        last = outcome;
        if (outcome.cancelled()) {
            status.setText(Messages.format("exportDialog.cancelled", outcome.written().size()));
        } else if (outcome.zip() != null) {
            status.setText(Messages.format("exportDialog.packed", outcome.zip()));
        } else {
            status.setText(Messages.format("exportDialog.done", outcome.written().size(), outcome.folder()));
        }
        if (!outcome.notices().isEmpty()) {
            notices.setText(Messages.get("exportDialog.notices") + "\n" + String.join("\n", outcome.notices()));
        }
        openFolder.setDisable(outcome.written().isEmpty());
        stage.sizeToScene();
        javafx.application.Platform.runLater(() -> DialogSizing.keepOnScreen(stage));
        print.setDisable(outcome.pdf() == null);
    }
}
