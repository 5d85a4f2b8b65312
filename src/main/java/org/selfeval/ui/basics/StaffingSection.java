package org.selfeval.ui.basics;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.selfeval.model.Headcount;
import org.selfeval.model.LeadershipPost;
import org.selfeval.model.Report;
import org.selfeval.model.StaffCategory;
import org.selfeval.model.Staffing;
import org.selfeval.ui.controls.CountField;
import org.selfeval.ui.controls.GeneratedTextBox;
import org.selfeval.ui.forms.Binder;
import org.selfeval.ui.forms.Fields;
import org.selfeval.ui.forms.FormTexts;
import org.selfeval.ui.forms.Generated;
import org.selfeval.ui.forms.Ids;
import org.selfeval.ui.forms.Layouts;
import org.selfeval.ui.forms.PasteColumns;
import org.selfeval.ui.forms.RowList;

/**
 * 一(二)2 人员概况: 编制 by kind, 领导职数, 实有人员 by kind and 长期聘用 as fields, and the
 * paragraph generated from them live (the clerk may switch to their own wording).
 */
final class StaffingSection extends VBox {
    static final String PATH = "basics.staffing";
    private final GeneratedTextBox paragraph = new GeneratedTextBox();

    StaffingSection(Binder binder, FormTexts texts) {
        setSpacing(6);
        RowList<Headcount> establishment = headcounts(binder, texts, PATH + ".establishment",
                Staffing::establishment, Staffing::withEstablishment, "staffing.establishment.prompt");
        RowList<Headcount> actual = headcounts(binder, texts, PATH + ".actual",
                Staffing::actual, Staffing::withActual, "staffing.actual.prompt");
        RowList<LeadershipPost> posts = new RowList<>(binder, texts, PATH + ".leadershipPosts",
                r -> staffing(r).leadershipPosts(),
                (r, list) -> withStaffing(r, staffing(r).withLeadershipPosts(list)),
                () -> new LeadershipPost("", 0), Layouts::arabic, new PasteColumns<LeadershipPost>(texts)
                        .column(texts.get("staffing.column.post"), LeadershipPost::withTitle)
                        .column(texts.get("staffing.column.posts"), (p, cell) -> p.withCount(PasteColumns.count(cell))),
                (rb, row) -> {
                    TextField title = new TextField();
                    title.setPromptText(texts.get("staffing.post.prompt"));
                    title.setId(Ids.of(row.key("title")));
                    rb.text(title, row.key("title"), r -> row.of(r).title(), (r, v) -> row.with(r, row.of(r).withTitle(v)));
                    CountField count = count(rb, row.key("count"), r -> row.of(r).count(),
                            (r, v) -> row.with(r, row.of(r).withCount(v)));
                    HBox.setHgrow(title, Priority.ALWAYS);
                    return new HBox(6, title, count, new Label(texts.get("staffing.unit.posts")));
                });
        CountField hired = new CountField();
        hired.setFieldName(texts.get("staffing.longTermHired"));
        hired.setFieldId(Ids.of(PATH + ".longTermHired"));
        binder.value(hired.valueProperty(), PATH + ".longTermHired", r -> staffing(r).longTermHired(),
                (r, v) -> withStaffing(r, staffing(r).withLongTermHired(v)));
        CountField retirees = new CountField();
        retirees.setFieldName(texts.get("staffing.retirees"));
        retirees.setFieldId(Ids.of(PATH + ".retirees"));
        binder.value(retirees.valueProperty(), PATH + ".retirees", r -> staffing(r).retirees(),
                (r, v) -> withStaffing(r, staffing(r).withRetirees(v)));
        Label total = new Label();
        total.setId(Ids.of(PATH + ".actualTotal"));
        binder.onReport(r -> total.setText(texts.format("staffing.total", String.valueOf(staffing(r).actualTotal()))));

        paragraph.setFieldId(Ids.of(PATH + ".text"));
        Fields.tabMovesFocus(paragraph.textArea());
        binder.onReport(r -> paragraph.generatedTextProperty().set(Generated.staffing(r)));
        binder.value(paragraph.ownTextProperty(), PATH + ".text", r -> staffing(r).text(),
                (r, v) -> withStaffing(r, staffing(r).withText(v)));

        getChildren().addAll(
                Layouts.field(texts.get("staffing.establishment"), establishment),
                Layouts.field(texts.get("staffing.posts"), posts),
                Layouts.field(texts.get("staffing.actual"), actual),
                total,
                Layouts.inline(texts.get("staffing.longTermHired"), hired),
                Layouts.inline(texts.get("staffing.retirees"), retirees),
                Layouts.field(texts.get("staffing.paragraph"), paragraph));
    }

    GeneratedTextBox paragraph() {
        return paragraph;
    }

    static Staffing staffing(Report r) {
        return r.basics().staffing();
    }

    static Report withStaffing(Report r, Staffing s) {
        return r.withBasics(r.basics().withStaffing(s));
    }

    private static RowList<Headcount> headcounts(Binder binder, FormTexts texts, String path,
                                                 Function<Staffing, List<Headcount>> get,
                                                 BiFunction<Staffing, List<Headcount>, Staffing> set, String prompt) {
        return new RowList<>(binder, texts, path, r -> get.apply(staffing(r)),
                (r, list) -> withStaffing(r, set.apply(staffing(r), list)),
                () -> new Headcount(StaffCategory.ADMINISTRATIVE, "", 0), Layouts::arabic, new PasteColumns<Headcount>(texts)
                        .column(texts.get("staffing.column.category"), (h, cell) -> h.withCategory(category(texts, cell)))
                        .column(texts.get("staffing.column.label"), Headcount::withLabel)
                        .column(texts.get("staffing.column.count"), (h, cell) -> h.withCount(PasteColumns.count(cell))),
                (rb, row) -> {
                    ChoiceBox<StaffCategory> kind = new ChoiceBox<>(FXCollections.observableArrayList(StaffCategory.values()));
                    kind.setConverter(new StringConverter<>() {
                        @Override
                        public String toString(StaffCategory c) {
                            return c == null ? "" : c.label();
                        }

                        @Override
                        public StaffCategory fromString(String s) {
                            return null;
                        }
                    });
                    kind.setId(Ids.of(row.key("category")));
                    rb.value(kind.valueProperty(), row.key("category"), r -> row.of(r).category(),
                            (r, v) -> row.with(r, row.of(r).withCategory(v)));
                    TextField label = new TextField();
                    label.setPromptText(texts.get(prompt));
                    label.setId(Ids.of(row.key("label")));
                    rb.text(label, row.key("label"), r -> row.of(r).label(), (r, v) -> row.with(r, row.of(r).withLabel(v)));
                    CountField count = count(rb, row.key("count"), r -> row.of(r).count(),
                            (r, v) -> row.with(r, row.of(r).withCount(v)));
                    HBox.setHgrow(label, Priority.ALWAYS);
                    return new HBox(6, kind, label, count, new Label(texts.get("staffing.unit.people")));
                });
    }

    /** 行政 / 工勤 / 事业 / 其他, or a wording that holds one of them (行政编制, 机关工勤人员). */
    static StaffCategory category(FormTexts texts, String cell) {
        for (StaffCategory c : StaffCategory.values()) {
            if (cell.equals(c.label()) || cell.equalsIgnoreCase(c.name())) {
                return c;
            }
        }
        for (StaffCategory c : StaffCategory.values()) {
            if (cell.contains(c.label())) {
                return c;
            }
        }
        throw new IllegalArgumentException(texts.get("staffing.category.unknown"));
    }

    private static CountField count(Binder rb, String key, Function<Report, Integer> get,
                                    BiFunction<Report, Integer, Report> set) {
        CountField count = new CountField();
        count.setFieldId(Ids.of(key));
        rb.value(count.valueProperty(), key, get, (r, v) -> set.apply(r, v == null ? 0 : v));
        return count;
    }
}
