package org.selfeval.ui;

import org.selfeval.ui.controls.Look;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.selfeval.audit.Auditor;
import org.selfeval.audit.Finding;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Money;
import org.selfeval.model.Report;
import org.selfeval.rollup.RollUp;
import org.selfeval.rollup.RollUpAudit;
import org.selfeval.store.ReportSummary;
import org.selfeval.ui.controls.Messages;

/**
 * 文件 → 汇总（本级＋下属单位）…: the open report's 下属单位 ticked among the workspace's reports of the same
 * year (an undoable edit of the open report), and the roll-up read-only — the figures of 本级, each unit
 * and the sum side by side, its charts, its findings — exported like any report. It follows the open
 * report as the clerk types (the 本级, or a unit opened in the window).
 */
final class RollUpDialog {
    private final MainWindow window;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final VBox unitChoice = new VBox(4);
    private final GridPane figures = new GridPane();
    private final ListView<String> findings = new ListView<>();
    private final ChartsPane charts = new ChartsPane();
    private final Map<String, Optional<Report>> units = new HashMap<>();
    private final Consumer<Report> onEdit = r -> refresh();
    /** The roll-up, its audit and its charts are computed off the FX thread; the newest edit wins. */
    private final LatestWins<Inputs, Computed> compute = new LatestWins<>("roll-up", RollUpDialog::compute, this::shown,
            e -> findings.getItems().setAll(Messages.format("rollup.failed", AutoSaver.reason(e))));
    private String parentId;
    private Report parent;
    private Report rolledUp;

    /** What the roll-up is computed from: the 本级, its units as found, those present in order. */
    private record Inputs(Report parent, Map<String, Optional<Report>> units, List<Report> present) {
    }

    /** The roll-up as shown: the sums, the audit's lines (most severe first), the charts. */
    private record Computed(Inputs inputs, Report rolledUp, List<String> findings, List<org.selfeval.charts.ChartData> charts) {
    }

    private RollUpDialog(MainWindow window) {
        this.window = window;
    }

    static RollUpDialog open(MainWindow window) {
        RollUpDialog d = new RollUpDialog(window);
        d.show();
        return d;
    }

    private void show() {
        parent = window.editor().current();
        parentId = parent.id();
        dialog.initOwner(window.stage());
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setTitle(Messages.format("rollup.title", parent.department().fullName(), String.valueOf(parent.year())));
        dialog.setResizable(true);
        figures.setId("rollup-figures");
        figures.setHgap(14);
        figures.setVgap(4);
        findings.setId("rollup-findings");
        findings.setCellFactory(l -> new org.selfeval.ui.controls.WrappingListCell<>(line -> line));
        unitChoice.setId("rollup-units");
        Button export = new Button(Messages.get("rollup.export"));
        export.setId("rollup-export");
        export.setOnAction(e -> export());
        Label hint = new Label(Messages.get("rollup.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ScrollPane figuresPane = new ScrollPane(figures);
        figuresPane.setPrefViewportHeight(250);
        figuresPane.setMinViewportHeight(160);
        findings.setPrefHeight(160);
        VBox left = new VBox(8, new Label(Messages.get("rollup.units")), unitChoice, hint,
                figuresPane, new Label(Messages.get("rollup.findings")), findings, export);
        VBox.setVgrow(figuresPane, Priority.ALWAYS);
        VBox.setVgrow(findings, Priority.SOMETIMES);
        left.setPadding(new Insets(4));
        SplitPane split = new SplitPane(left, charts);
        split.setDividerPositions(0.55);
        dialog.getDialogPane().setContent(split);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setOnHidden(e -> {
            window.editor().removeListener(onEdit);
            compute.close();
        });
        window.editor().addListener(onEdit);
        DialogSizing.fit(dialog, window.stage(), 1200, 720);
        dialog.show();
        loadChoices();
    }

    /** The workspace's other reports of the same year, read off the FX thread. */
    private void loadChoices() {
        window.io().execute(() -> {
            List<ReportSummary> all = window.store().list();
            Map<String, Optional<Report>> loaded = new HashMap<>();
            for (String id : parent.units()) {
                loaded.put(id, window.store().load(id));
            }
            Platform.runLater(() -> {
                units.putAll(loaded);
                unitChoice.getChildren().clear();
                for (ReportSummary s : all) {
                    if (s.id().equals(parentId) || s.year() != parent.year()) {
                        continue;
                    }
                    CheckBox box = new CheckBox(s.departmentName());
                    box.setId("rollup-unit-" + s.id());
                    box.setSelected(parent.units().contains(s.id()));
                    box.selectedProperty().addListener((o, was, now) -> toggle(s.id(), now));
                    unitChoice.getChildren().add(box);
                }
                if (unitChoice.getChildren().isEmpty()) {
                    unitChoice.getChildren().add(new Label(Messages.get("rollup.noOthers")));
                }
                refresh();
            });
        });
    }

    private void toggle(String unitId, boolean included) {
        if (!window.editor().current().id().equals(parentId)) {
            return;
        }
        window.editor().apply(null, r -> {
            List<String> list = new ArrayList<>(r.units());
            list.remove(unitId);
            if (included) {
                list.add(unitId);
            }
            return r.withUnits(list);
        });
        if (included && !units.containsKey(unitId)) {
            window.io().execute(() -> {
                Optional<Report> u = window.store().load(unitId);
                Platform.runLater(() -> {
                    units.put(unitId, u);
                    refresh();
                });
            });
        }
    }

    private void refresh() {
        Report open = window.editor().current();
        if (open.id().equals(parentId)) {
            parent = open;
        } else if (units.containsKey(open.id())) {
            units.put(open.id(), Optional.of(open));
        }
        List<Report> present = parent.units().stream().map(id -> units.getOrDefault(id, Optional.empty()))
                .flatMap(Optional::stream).toList();
        compute.submit(new Inputs(parent, Map.copyOf(units), present));
    }

    private static Computed compute(Inputs in) {
        Report rolled = RollUp.of(in.parent(), in.present());
        List<String> lines = new RollUpAudit(Auditor.standard()).audit(in.parent(), in.units(), rolled).stream()
                .sorted(java.util.Comparator.comparing(Finding::severity))
                .map(f -> "[" + Messages.severity(f.severity()) + "] " + f.message()).toList();
        return new Computed(in, rolled, lines, ReportCharts.of(rolled, Optional.empty()));
    }

    private void shown(Computed c) {
        rolledUp = c.rolledUp();
        findings.getItems().setAll(c.findings());
        charts.showCharts(c.charts());
        table(c.inputs().parent(), c.inputs().present());
    }

    private void table(Report own, List<Report> present) {
        figures.getChildren().clear();
        List<Report> columns = new ArrayList<>();
        columns.add(own);
        columns.addAll(present);
        figures.add(bold(Messages.get("rollup.figure")), 0, 0);
        for (int c = 0; c < columns.size(); c++) {
            figures.add(bold(c == 0 ? Messages.get("rollup.own") : columns.get(c).department().fullName()), c + 1, 0);
        }
        figures.add(bold(Messages.get("rollup.total")), columns.size() + 1, 0);
        int row = 1;
        row = line(row, Messages.get("rollup.income"), columns, r -> r.finances().incomeTotal());
        for (IncomeSource s : IncomeSource.values()) {
            if (rolledUp.finances().income(s).signum() != 0) {
                row = line(row, "　" + Messages.get("income." + s.name()), columns, r -> r.finances().income(s));
            }
        }
        row = line(row, Messages.get("rollup.expenditure"), columns, r -> r.finances().expenditureTotal());
        for (ExpenditureCategory e : ExpenditureCategory.values()) {
            if (rolledUp.finances().expenditure(e).signum() != 0) {
                row = line(row, "　" + Messages.get("expenditure." + e.name()), columns, r -> r.finances().expenditure(e));
            }
        }
        row = line(row, Messages.get("rollup.carryover"), columns, r -> r.finances().carryover().total());
        Label staff = new Label(Messages.get("rollup.staff"));
        figures.add(staff, 0, row);
        for (int c = 0; c < columns.size(); c++) {
            figures.add(new Label(String.valueOf(columns.get(c).basics().staffing().actualTotal())), c + 1, row);
        }
        Label total = new Label(String.valueOf(rolledUp.basics().staffing().actualTotal()));
        total.setId("rollup-total-staff");
        figures.add(total, columns.size() + 1, row);
    }

    private int line(int row, String label, List<Report> columns, Function<Report, BigDecimal> get) {
        figures.add(new Label(label), 0, row);
        for (int c = 0; c < columns.size(); c++) {
            figures.add(new Label(Money.format(get.apply(columns.get(c)))), c + 1, row);
        }
        Label sum = new Label(Money.format(get.apply(rolledUp)));
        Look.as(sum, "strong");
        if (row == 1) {
            sum.setId("rollup-total-income");
        }
        figures.add(sum, columns.size() + 1, row);
        return row + 1;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        Look.as(l, "strong");
        l.setWrapText(true);
        l.setMaxWidth(160);
        return l;
    }

    /** The audit of the roll-up the export dialog opens on, off the FX thread. */
    private final ExportAudit exportAudit = new ExportAudit();

    private void export() {
        Report r = rolledUp;
        if (r == null) {
            return;
        }
        javafx.stage.Window owner = dialog.getDialogPane().getScene().getWindow();
        exportAudit.then(owner, r, findings -> new ExportDialog(owner, r, findings, ExportSettings.besideWorkspace(window.workspaceFile()),
                () -> { }, new SystemHandOff(null)).show());
    }

    /** The roll-up as shown now (for tests). */
    Report rolledUp() {
        return rolledUp;
    }
}
