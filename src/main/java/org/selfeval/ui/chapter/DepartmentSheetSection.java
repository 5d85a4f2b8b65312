package org.selfeval.ui.chapter;

import org.selfeval.ui.controls.Look;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.selfeval.edit.ReportEditor;
import org.selfeval.model.DepartmentSheet;
import org.selfeval.model.Report;
import org.selfeval.model.SheetEntry;
import org.selfeval.model.ThreePublicParts;
import org.selfeval.profile.DepartmentSheetDefinition;
import org.selfeval.profile.DepartmentSheetDefinition.Row;
import org.selfeval.profile.RegionalProfile;
import org.selfeval.scoring.BaseFigures;
import org.selfeval.scoring.DepartmentScore;
import org.selfeval.ui.controls.AmountField;
import org.selfeval.ui.controls.FormSection;
import org.selfeval.ui.controls.Lens;
import org.selfeval.ui.controls.Messages;
import org.selfeval.ui.controls.ReportBindings;
import org.selfeval.ui.controls.ScoreField;

/**
 * 部门整体支出绩效自评表 in chapter 四: the base data the report holds nowhere else, each row of the
 * region's sheet with its formula in words, its value and its score (a 定性 row scored by the clerk),
 * and the total and grade the sheet gives — live as the clerk types, beside the typed 自评得分.
 * The rows are rebuilt when the report's region changes.
 */
final class DepartmentSheetSection {
    private final ReportEditor editor;
    private final ReportBindings bindings;
    private final Map<String, Node> controls;
    private final FormSection section = new FormSection(Messages.get("sheet.title"));
    private final Label sample = new Label();
    private final Label total = new Label();
    private final GridPane rows = new GridPane();
    private ReportBindings rowBindings;
    private String shownProfile;

    DepartmentSheetSection(ReportEditor editor, Map<String, Node> controls) {
        this.editor = editor;
        this.bindings = new ReportBindings(editor);
        this.controls = controls;
        sample.setId("sheet-sample-note");
        sample.setWrapText(true);
        Look.as(sample, "sample-note");
        sample.managedProperty().bind(sample.visibleProperty());
        total.setId("sheet-total");
        Look.as(total, "strong");
        total.setWrapText(true);
        rows.setHgap(8);
        rows.setVgap(4);
        rows.setId("sheet-rows");
        amount(section, "threePublicPrior", DepartmentSheet::threePublicPrior, DepartmentSheet::withThreePublicPrior);
        amount(section, "threePublicBudget", DepartmentSheet::threePublicBudget, DepartmentSheet::withThreePublicBudget);
        amount(section, "threePublicActual", DepartmentSheet::threePublicActual, DepartmentSheet::withThreePublicActual);
        part("threePublicAbroad", ThreePublicParts::abroad, ThreePublicParts::withAbroad);
        part("threePublicVehiclePurchase", ThreePublicParts::vehiclePurchase, ThreePublicParts::withVehiclePurchase);
        part("threePublicVehicleRunning", ThreePublicParts::vehicleRunning, ThreePublicParts::withVehicleRunning);
        part("threePublicReception", ThreePublicParts::reception, ThreePublicParts::withReception);
        amount(section, "budgetInitial", DepartmentSheet::budgetInitial, DepartmentSheet::withBudgetInitial);
        amount(section, "budgetAdjusted", DepartmentSheet::budgetAdjusted, DepartmentSheet::withBudgetAdjusted);
        amount(section, "budgetAdded", DepartmentSheet::budgetAdded, DepartmentSheet::withBudgetAdded);
        amount(section, "procurementPlanned", DepartmentSheet::procurementPlanned, DepartmentSheet::withProcurementPlanned);
        amount(section, "procurementActual", DepartmentSheet::procurementActual, DepartmentSheet::withProcurementActual);
        amount(section, "keyExpenditure", DepartmentSheet::keyExpenditure, DepartmentSheet::withKeyExpenditure);
        TextField reason = new TextField();
        reason.setId("sheet-adjustmentReason");
        bindings.bind(reason.textProperty(), Lens.of("departmentSheet.adjustmentReason",
                r -> r.departmentSheet().adjustmentReason(),
                (r, v) -> r.withDepartmentSheet(r.departmentSheet().withAdjustmentReason(v))));
        controls.put("departmentSheet.adjustmentReason", reason);
        section.addRow(Messages.get("sheet.adjustmentReason"), reason, null);
        section.getChildren().add(1, sample);
        section.addBelow(pasteBar());
        section.addBelow(rows);
        section.addBelow(total);
        bindings.onChange(this::refresh);
    }

    Node node() {
        return section;
    }

    /** 从 Excel 粘贴: scores and 说明 copied from a spreadsheet go into the rows as one undoable edit. */
    private Node pasteBar() {
        javafx.scene.control.Button paste = new javafx.scene.control.Button(Messages.get("sheet.paste"));
        paste.setId("sheet-paste");
        Label result = new Label();
        result.setId("sheet-paste-result");
        result.setWrapText(true);
        paste.setOnAction(e -> {
            String clip = javafx.scene.input.Clipboard.getSystemClipboard().getString();
            Report now = editor.current();
            DepartmentSheetDefinition def = RegionalProfile.forId(now.profile()).departmentSheet();
            org.selfeval.edit.SheetPaste.Result r = org.selfeval.edit.SheetPaste.paste(now, def, clip);
            if (r.changedAnything()) {
                editor.apply(null, x -> r.report());
            }
            String done = Messages.format("sheet.paste.done", String.valueOf(r.scored()), String.valueOf(r.noted()));
            result.setText(r.problems().isEmpty() ? done : done + "\n" + String.join("\n", r.problems()));
        });
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, paste, result);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private void amount(FormSection s, String name, Function<DepartmentSheet, BigDecimal> get,
                        BiFunction<DepartmentSheet, BigDecimal, DepartmentSheet> set) {
        String path = "departmentSheet." + name;
        AmountField f = new AmountField();
        f.setFieldId("sheet-" + name);
        f.setFieldName(Messages.get("sheet." + name));
        bindings.bindAmount(f, Lens.of(path, r -> get.apply(r.departmentSheet()),
                (r, v) -> r.withDepartmentSheet(set.apply(r.departmentSheet(), v))));
        controls.put(path, f);
        s.addRow(Messages.get("sheet." + name), f, null);
    }

    /** One "三公" part (决算 table 7), kept inside the sheet's parts. */
    private void part(String name, Function<ThreePublicParts, BigDecimal> get,
                      BiFunction<ThreePublicParts, BigDecimal, ThreePublicParts> set) {
        amount(section, name, s -> get.apply(s.threePublicParts()),
                (s, v) -> s.withThreePublicParts(set.apply(s.threePublicParts(), v)));
    }

    private void refresh(Report report) {
        DepartmentSheet sheet = report.departmentSheet();
        sample.setText(sheet.sampleNote());
        sample.setVisible(!sheet.sampleNote().isBlank());
        if (!report.profile().equals(shownProfile)) {
            shownProfile = report.profile();
            buildRows(RegionalProfile.forId(report.profile()).departmentSheet());
        }
        var score = DepartmentScore.of(report);
        if (score.isEmpty()) {
            total.setText(Messages.get("sheet.none"));
            return;
        }
        DepartmentScore s = score.get();
        for (int i = 0; i < s.rows().size(); i++) {
            var r = s.rows().get(i);
            Label value = (Label) rows.lookup("#sheet-value-" + i);
            Label points = (Label) rows.lookup("#sheet-score-" + i);
            if (value != null) {
                value.setText(r.result().value().map(v -> v.setScale(2, RoundingMode.HALF_UP).toPlainString() + r.row().unit())
                        .orElse(r.result().missing().isEmpty() ? "" : Messages.format("sheet.missing", missing(r.result().missing()))));
            }
            if (points != null) {
                points.setText(r.result().score().map(BigDecimal::toPlainString).orElse("—"));
            }
        }
        total.setText(s.total().map(t -> Messages.format("sheet.total", t.toPlainString(),
                        s.grade(report).map(g -> g.longLabel()).orElse("")))
                .orElse(Messages.format("sheet.unscored", String.valueOf(s.unscored()))));
    }

    /** The base figures a row lacks, by their names in the forms ("全年（调整）预算数"), not the formula's. */
    private static String missing(String names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names.split("、")) {
            sb.append(sb.length() == 0 ? "" : "、").append(BaseFigures.NAMES.getOrDefault(n, n));
        }
        return sb.toString();
    }

    private void buildRows(DepartmentSheetDefinition sheet) {
        if (rowBindings != null) {
            rowBindings.dispose();
        }
        rowBindings = new ReportBindings(editor);
        rows.getChildren().clear();
        if (sheet == null) {
            return;
        }
        String[] heads = {"sheet.level1", "sheet.level2", "sheet.level3", "sheet.weight", "sheet.explain", "sheet.value",
            "sheet.score", "sheet.note"};
        for (int c = 0; c < heads.length; c++) {
            Label h = fixed(Messages.get(heads[c]));
            Look.as(h, "strong");
            rows.add(h, c, 0);
        }
        for (int i = 0; i < sheet.rows().size(); i++) {
            Row row = sheet.rows().get(i);
            int r = i + 1;
            rows.add(wrapping(row.level1(), 40, 100), 0, r);
            rows.add(wrapping(row.level2(), 40, 110), 1, r);
            rows.add(wrapping(row.name(), 64, 150), 2, r);
            rows.add(fixed(row.weight().stripTrailingZeros().toPlainString()), 3, r);
            rows.add(wrapping(row.explain(), 90, 300), 4, r);
            Label value = fixed("");
            value.setId("sheet-value-" + i);
            rows.add(value, 5, r);
            if (row.isQualitative()) {
                rows.add(qualitativeScore(row), 6, r);
            } else {
                Label points = fixed("");
                points.setId("sheet-score-" + i);
                rows.add(points, 6, r);
            }
            rows.add(note(row, i), 7, r);
        }
        rows.setPadding(new Insets(6, 0, 6, 0));
    }

    /** A label that wraps onto more lines when the form is narrow (a 1024-wide laptop), between two widths. */
    private static Label wrapping(String text, double min, double max) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinWidth(min);
        l.setMaxWidth(max);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    /** A label that keeps its words (the grid gives way in the 指标 and 计算方法 columns instead). */
    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    /** 说明 of a row, printed beside it in the sheet (why a point was lost, where a figure comes from). */
    private TextField note(Row row, int index) {
        TextField f = new TextField();
        f.setId("sheet-note-" + index);
        f.setPrefColumnCount(14);
        f.setMinWidth(84);
        rowBindings.bind(f.textProperty(), Lens.of("departmentSheet.notes." + row.name(),
                r -> r.departmentSheet().entry(row.name()).map(SheetEntry::note).orElse(""),
                (r, v) -> {
                    DepartmentSheet s = r.departmentSheet();
                    SheetEntry old = s.entry(row.name()).orElse(new SheetEntry(row.name(), null, ""));
                    return r.withDepartmentSheet(s.withEntry(old.withNote(v)));
                }));
        return f;
    }

    private ScoreField qualitativeScore(Row row) {
        String path = "departmentSheet.entries." + row.name();
        ScoreField f = new ScoreField();
        f.setMax(row.weight());
        f.textField().setPrefColumnCount(4);
        f.setFieldName(row.name());
        f.setFieldId("sheet-entry-" + Math.abs(row.name().hashCode()));
        rowBindings.bind(f.valueProperty(), Lens.of(path,
                r -> r.departmentSheet().entry(row.name()).map(SheetEntry::score).orElse(null),
                (r, v) -> {
                    DepartmentSheet s = r.departmentSheet();
                    SheetEntry old = s.entry(row.name()).orElse(new SheetEntry(row.name(), null, ""));
                    return r.withDepartmentSheet(s.withEntry(old.withScore(v)));
                }));
        controls.put(path, f);
        return f;
    }
}
