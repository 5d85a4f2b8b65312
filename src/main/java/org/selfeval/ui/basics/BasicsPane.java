package org.selfeval.ui.basics;

import org.selfeval.ui.controls.Look;
import java.util.ResourceBundle;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.selfeval.audit.Location;
import org.selfeval.edit.ReportEditor;
import org.selfeval.model.AnnualTasks;
import org.selfeval.model.Report;
import org.selfeval.ui.chapter.ChapterPane;
import org.selfeval.ui.chapter.FieldControls;
import org.selfeval.ui.controls.LongTextArea;
import org.selfeval.ui.forms.Binder;
import org.selfeval.ui.forms.FormTexts;
import org.selfeval.ui.forms.Fields;
import org.selfeval.ui.forms.Layouts;
import org.selfeval.ui.forms.TextItemList;
import org.selfeval.profile.IndicatorLibrary;
import org.selfeval.profile.RegionalProfile;
import org.selfeval.ui.indicators.IndicatorTable;

/**
 * 一、部门基本情况: 机构组成, 机构职能, 人员概况 (fields and the generated paragraph), 年度主要工作任务
 * (opening paragraph and the ordered tasks) and the department-level 绩效目标 indicator table.
 */
public final class BasicsPane implements ChapterPane, FieldControls {
    private final ScrollPane root;
    private final Label problems = new Label();
    private final StaffingSection staffing;
    private final IndicatorTable targets;

    public BasicsPane(ReportEditor editor, ResourceBundle bundle) {
        this(editor, bundle, IndicatorLibrary.standard());
    }

    public BasicsPane(ReportEditor editor, ResourceBundle bundle, IndicatorLibrary library) {
        FormTexts texts = new FormTexts(bundle);
        Look.as(problems, "problem");
        problems.setWrapText(true);
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        Binder binder = new Binder(editor, problems::setText);

        LongTextArea organization = Fields.longText(binder, "basics.organization", 0,
                r -> r.basics().organization(), (r, v) -> r.withBasics(r.basics().withOrganization(v)));
        LongTextArea functions = Fields.longText(binder, "basics.functions", 0,
                r -> r.basics().functions(), (r, v) -> r.withBasics(r.basics().withFunctions(v)));
        staffing = new StaffingSection(binder, texts);
        LongTextArea tasksIntro = Fields.longText(binder, "basics.tasks.intro", 0,
                r -> r.basics().tasks().intro(), (r, v) -> withTasks(r, r.basics().tasks().withIntro(v)));
        var tasks = TextItemList.create(binder, texts, "basics.tasks.items", r -> r.basics().tasks().items(),
                (r, items) -> withTasks(r, r.basics().tasks().withItems(items)), Layouts::chineseOrdinalIs);
        LongTextArea targetsText = Fields.longText(binder, "basics.targets.text", 0,
                r -> r.basics().targets().text(),
                (r, v) -> r.withBasics(r.basics().withTargets(r.basics().targets().withText(v))));
        targetsText.textArea().setPrefRowCount(2);
        targets = new IndicatorTable(binder, texts, library, "basics.targets.indicators",
                r -> r.basics().targets().indicators(),
                (r, rows) -> r.withBasics(r.basics().withTargets(r.basics().targets().withIndicators(rows))));

        root = Layouts.page("chapter-basics",
                Layouts.heading(texts.get("basics.title")),
                Layouts.inline(texts.get("basics.profile"), profilePicker(binder)),
                problems,
                Layouts.subheading(texts.get("basics.organization")), organization,
                Layouts.subheading(texts.get("basics.functionsAndStaff")),
                Layouts.field(texts.get("basics.functions"), functions),
                Layouts.subheading(texts.get("basics.staffing")), staffing,
                Layouts.subheading(texts.get("basics.tasks")),
                Layouts.field(texts.get("basics.tasks.intro"), tasksIntro),
                Layouts.field(texts.get("basics.tasks.items"), tasks),
                Layouts.subheading(texts.get("basics.targets")),
                Layouts.field(texts.get("basics.targets.text"), targetsText),
                targets);
    }

    /**
     * 地区规范: the regional profile of the report — its outline, its 自评表 form, its scoring rules. A
     * change is one undoable edit; the preview, the audit and every export follow it.
     */
    private static ChoiceBox<RegionalProfile> profilePicker(Binder binder) {
        ChoiceBox<RegionalProfile> box = new ChoiceBox<>(FXCollections.observableArrayList(RegionalProfile.available()));
        box.setId("report-profile");
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        box.setTooltip(tip);
        box.valueProperty().addListener((o, was, now) -> tip.setText(now == null ? "" : now.description()));
        binder.value(box.valueProperty(), "profile", r -> RegionalProfile.forId(r.profile()),
                (r, v) -> v == null ? r : r.withProfile(v.id()));
        return box;
    }

    private static Report withTasks(Report r, AnnualTasks tasks) {
        return r.withBasics(r.basics().withTasks(tasks));
    }

    @Override
    public String chapter() {
        return Location.BASICS;
    }

    @Override
    public Node node() {
        return root;
    }

    public IndicatorTable targetsTable() {
        return targets;
    }

    @Override
    public boolean focus(org.selfeval.model.FieldPath fieldPath) {
        return Fields.focus(root, fieldPath);
    }

    @Override
    public java.util.Optional<javafx.scene.control.Control> control(org.selfeval.model.FieldPath fieldPath) {
        return Fields.control(root.getContent(), fieldPath);
    }
}
