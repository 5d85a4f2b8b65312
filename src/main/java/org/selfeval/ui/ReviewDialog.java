package org.selfeval.ui;

import java.io.File;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.selfeval.audit.Auditor;
import org.selfeval.intake.StandardImport;
import org.selfeval.review.FolderReview;
import org.selfeval.review.ReviewResult;
import org.selfeval.review.ReviewWorkbook;
import org.selfeval.review.ReviewedReport;
import org.selfeval.review.Unreadable;
import org.selfeval.ui.controls.Messages;

/**
 * 文件 → 批量审核…: a folder of reports audited in the background with progress and 取消; then one row per
 * report (错误 / 警告 / 提示, scores), the files that could not be read, a chart lining up the execution
 * rate and the score across departments, and 保存汇总表… for the summary workbook.
 */
final class ReviewDialog {
    private final Window owner;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button cancel = new Button(Messages.get("review.cancel"));
    private final Button save = new Button(Messages.get("review.save"));
    private final TableView<ReviewedReport> table = new TableView<>();
    private final TableView<Unreadable> unreadable = new TableView<>();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private ReviewResult result;

    private ReviewDialog(Window owner) {
        this.owner = owner;
    }

    /** Asks for the folder, then reviews it. */
    static void choose(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("review.choose"));
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            open(owner, folder.toPath());
        }
    }

    /** Reviews a folder (one dropped on the window, or chosen). */
    static ReviewDialog open(Window owner, Path folder) {
        ReviewDialog d = new ReviewDialog(owner);
        d.show(folder);
        return d;
    }

    private void show(Path folder) {
        dialog.initOwner(owner);
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setTitle(Messages.format("review.title", folder.getFileName()));
        dialog.setResizable(true);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setId("review-progress");
        status.setId("review-status");
        status.setWrapText(true);
        cancel.setId("review-cancel");
        cancel.setOnAction(e -> cancelled.set(true));
        save.setId("review-save");
        save.setDisable(true);
        save.setOnAction(e -> saveWorkbook(folder));
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox bar = new HBox(8, progress, cancel, save);

        table.setId("review-table");
        table.getColumns().setAll(java.util.List.of(
                column("review.file", ReviewedReport::source, 180),
                column("review.department", ReviewedReport::department, 200),
                column("review.year", r -> String.valueOf(r.year()), 50),
                column("review.errors", r -> String.valueOf(r.errors()), 50),
                column("review.warnings", r -> String.valueOf(r.warnings()), 50),
                column("review.notices", r -> String.valueOf(r.notices()), 50),
                column("review.stated", r -> shown(r.statedScore()), 70),
                column("review.computed", r -> shown(r.computedScore()), 70),
                column("review.top", r -> String.join("；", r.topFindings()), 400)));
        unreadable.setId("review-unreadable");
        TableColumn<Unreadable, String> file = new TableColumn<>(Messages.get("review.file"));
        file.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().source()));
        file.setPrefWidth(200);
        TableColumn<Unreadable, String> reason = new TableColumn<>(Messages.get("review.reason"));
        reason.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().reason()));
        reason.setPrefWidth(600);
        unreadable.getColumns().setAll(java.util.List.of(file, reason));
        chart.setId("review-chart");
        chart.setTitle(Messages.get("review.chart"));
        chart.setAnimated(false);
        ((CategoryAxis) chart.getXAxis()).setTickLabelRotation(0);

        TabPane tabs = new TabPane(new Tab(Messages.get("review.tab.reports"), table), new Tab(Messages.get("review.tab.unreadable"), unreadable),
                new Tab(Messages.get("review.tab.chart"), chart));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox box = new VBox(8, bar, status, tabs);
        box.setPadding(new Insets(4));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setOnCloseRequest(e -> cancelled.set(true));
        DialogSizing.fit(dialog, owner, 1100, 680);
        dialog.show();
        run(folder);
    }

    private void run(Path folder) {
        FolderReview review = new FolderReview(StandardImport.create(), Auditor.standard());
        Thread t = new Thread(() -> {
            try {
                ReviewResult r = review.review(folder, (done, total, current) -> Platform.runLater(() -> {
                    progress.setProgress(total == 0 ? 1 : (double) done / total);
                    status.setText(current.isEmpty() ? "" : Messages.format("review.reading", String.valueOf(done + 1), String.valueOf(total), current));
                }), cancelled::get);
                Platform.runLater(() -> done(r));
            } catch (java.io.IOException | RuntimeException e) {
                Platform.runLater(() -> {
                    status.setText(Messages.format("review.failed", AutoSaver.reason(e)));
                    cancel.setDisable(true);
                });
            }
        }, "folder-review");
        t.setDaemon(true);
        t.start();
    }

    private void done(ReviewResult r) {
        result = r;
        cancel.setDisable(true);
        save.setDisable(false);
        progress.setProgress(1);
        long withErrors = r.reports().stream().filter(x -> x.errors() > 0).count();
        status.setText(Messages.format(r.cancelled() ? "review.cancelled" : "review.done", String.valueOf(r.reports().size()),
                String.valueOf(withErrors), String.valueOf(r.unreadable().size())));
        table.getItems().setAll(r.reports());
        unreadable.getItems().setAll(r.unreadable());
        XYChart.Series<String, Number> rate = new XYChart.Series<>();
        rate.setName(Messages.get("review.chart.rate"));
        XYChart.Series<String, Number> score = new XYChart.Series<>();
        score.setName(Messages.get("review.chart.score"));
        for (ReviewedReport p : r.reports()) {
            String name = p.department().isBlank() ? p.source() : p.department();
            p.executionRate().ifPresent(v -> rate.getData().add(new XYChart.Data<>(name, v.doubleValue())));
            p.computedScore().or(p::statedScore).ifPresent(v -> score.getData().add(new XYChart.Data<>(name, v.doubleValue())));
        }
        chart.getData().setAll(java.util.List.of(rate, score));
    }

    private void saveWorkbook(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("review.save"));
        chooser.setInitialFileName(folder.getFileName() + "-审核汇总.xlsx");
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            chooser.setInitialDirectory(parent.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        File file = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
        if (file != null) {
            writeTo(file.toPath());
        }
    }

    /** Writes the summary workbook in the background. */
    void writeTo(Path file) {
        ReviewResult r = result;
        save.setDisable(true);
        Thread t = new Thread(() -> {
            String message;
            try {
                ReviewWorkbook.write(r, file);
                message = Messages.format("review.saved", file);
            } catch (java.io.IOException | RuntimeException e) {
                message = Messages.format("review.notSaved", org.selfeval.export.ExportErrors.describe(file, e));
            }
            String shown = message;
            Platform.runLater(() -> {
                status.setText(shown);
                save.setDisable(false);
            });
        }, "review-save");
        t.setDaemon(true);
        t.start();
    }

    private static String shown(Optional<BigDecimal> v) {
        return v.map(b -> b.setScale(2, RoundingMode.HALF_UP).toPlainString()).orElse("");
    }

    private static TableColumn<ReviewedReport, String> column(String key, java.util.function.Function<ReviewedReport, String> value, double width) {
        TableColumn<ReviewedReport, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
