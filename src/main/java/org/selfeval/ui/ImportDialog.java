package org.selfeval.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.selfeval.intake.Found;
import org.selfeval.intake.ImportPreview;
import org.selfeval.model.Report;
import org.selfeval.ui.controls.Messages;

/**
 * 导入预览: every figure and paragraph the file holds, current value → imported value and where it was
 * read, with a tick each (those that would change the report ticked), what was not found, and the
 * notices of the checks. Nothing changes until the clerk confirms; the answer is the ticked items.
 */
final class ImportDialog {
    /** What the clerk chose. */
    enum Choice { INTO_CURRENT, AS_NEXT_YEAR }

    /** The clerk's answer: which items, and whether into the open report or as a new next-year one. */
    record Answer(Choice choice, List<Found<?>> taken) {
    }

    /** One row of the table. */
    static final class Row {
        final Found<?> found;
        final SimpleBooleanProperty take;
        final SimpleStringProperty before;

        Row(Found<?> found, Report current) {
            this.found = found;
            this.take = new SimpleBooleanProperty(found.worthTaking(current));
            this.before = new SimpleStringProperty(found.before(current));
        }
    }

    static final ButtonType AS_NEXT_YEAR = new ButtonType(Messages.get("import.asNextYear"), ButtonBar.ButtonData.OTHER);

    private ImportDialog() {
    }

    static Optional<Answer> show(Window owner, ImportPreview preview, Report current) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("import.title"));
        dialog.setResizable(true);
        List<Row> rows = preview.found().stream().map(f -> new Row(f, current)).toList();
        long changes = rows.stream().filter(r -> r.take.get()).count();
        Label header = new Label(Messages.format("import.header", preview.fileName(), preview.kind().label(),
                String.valueOf(rows.size()), String.valueOf(changes)));
        header.setId("import-header");
        header.setWrapText(true);
        header.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the whole instruction, on two lines if need be

        TableView<Row> table = new TableView<>();
        table.setId("import-table");
        table.setEditable(true);
        table.getItems().setAll(rows);
        TableColumn<Row, Boolean> take = new TableColumn<>(Messages.get("import.take"));
        take.setCellValueFactory(c -> c.getValue().take);
        take.setCellFactory(CheckBoxTableCell.forTableColumn(take));
        take.setEditable(true);
        take.setPrefWidth(48);
        TableColumn<Row, String> field = column(Messages.get("import.field"), r -> r.found.target().label(), 290);
        TableColumn<Row, String> before = new TableColumn<>(Messages.get("import.before"));
        before.setCellValueFactory(c -> c.getValue().before);
        before.setPrefWidth(110);
        TableColumn<Row, String> after = column(Messages.get("import.after"), r -> r.found.after(), 110);
        TableColumn<Row, String> source = column(Messages.get("import.source"), r -> r.found.source(), 240);
        table.getColumns().setAll(List.of(take, field, before, after, source));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button all = new Button(Messages.get("import.all"));
        all.setOnAction(e -> rows.forEach(r -> r.take.set(true)));
        Button none = new Button(Messages.get("import.none"));
        none.setOnAction(e -> rows.forEach(r -> r.take.set(false)));
        Button changed = new Button(Messages.get("import.changed"));
        changed.setOnAction(e -> rows.forEach(r -> r.take.set(r.found.worthTaking(current))));
        HBox ticks = new HBox(8, all, none, changed);

        VBox box = new VBox(8, header, ticks, table);
        box.setPadding(new Insets(4));
        if (!preview.notices().isEmpty()) {
            box.getChildren().add(list("import-notices", Messages.format("import.notices", String.valueOf(preview.notices().size())),
                    preview.notices(), true));
        }
        if (!preview.notFound().isEmpty()) {
            box.getChildren().add(list("import-not-found", Messages.format("import.notFound", String.valueOf(preview.notFound().size())),
                    preview.notFound(), preview.found().isEmpty()));
        }
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setPrefSize(900, 560);
        DialogSizing.fit(dialog, owner, 960, 620);
        ButtonType ok = new ButtonType(Messages.get("import.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().add(ok);
        if (preview.kind() == org.selfeval.intake.SourceKind.PUBLISHED_REPORT) {
            dialog.getDialogPane().getButtonTypes().add(AS_NEXT_YEAR);
        }
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("import-ok");
        okButton.setDisable(rows.isEmpty());
        ButtonType pressed = dialog.showAndWait().orElse(ButtonType.CANCEL);
        List<Found<?>> taken = new ArrayList<>();
        rows.stream().filter(r -> r.take.get()).forEach(r -> taken.add(r.found));
        if (pressed == ok) {
            return Optional.of(new Answer(Choice.INTO_CURRENT, taken));
        }
        if (pressed == AS_NEXT_YEAR) {
            return Optional.of(new Answer(Choice.AS_NEXT_YEAR, List.copyOf(preview.found())));
        }
        return Optional.empty();
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> value, double width) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TitledPane list(String id, String title, List<String> lines, boolean expanded) {
        ListView<String> view = new ListView<>();
        view.getItems().setAll(lines);
        view.setPrefHeight(Math.min(6, lines.size()) * 26 + 4);
        // on a small screen the table above gives way first: an opened list shows at least two of its lines above its scroll bar
        view.setMinHeight(Math.min(3, lines.size()) * 26 + 4);
        TitledPane pane = new TitledPane(title, view);
        pane.setId(id);
        pane.setExpanded(expanded);
        return pane;
    }
}
