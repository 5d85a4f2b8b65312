package org.selfeval.ui.performance;

import org.selfeval.ui.controls.Look;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.selfeval.audit.Location;
import org.selfeval.edit.ReportEditor;
import org.selfeval.model.Report;
import org.selfeval.model.ResultApplication;
import org.selfeval.ui.chapter.ChapterPane;
import org.selfeval.ui.chapter.FieldControls;
import org.selfeval.ui.forms.Binder;
import org.selfeval.ui.forms.Fields;
import org.selfeval.ui.forms.FormTexts;
import org.selfeval.ui.forms.Layouts;
import org.selfeval.ui.forms.TextItemList;

/**
 * 三、部门整体绩效管理情况: (一) 履职绩效分析 (opening paragraph and ordered sub-items), (二) 1.整体情况
 * in six parts and 2. the projects of 100万元 and more, (三) 结果应用 in three parts.
 */
public final class PerformancePane implements ChapterPane, FieldControls {
    private final ScrollPane root;
    private final Label problems = new Label();
    private final OverallSection overall;

    public PerformancePane(ReportEditor editor, ResourceBundle bundle) {
        FormTexts texts = new FormTexts(bundle);
        Look.as(problems, "problem");
        problems.setWrapText(true);
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        Binder binder = new Binder(editor, problems::setText);

        var dutyIntro = Fields.longText(binder, "performance.duty.intro", 0, r -> r.performance().duty().intro(),
                (r, v) -> r.withPerformance(r.performance().withDuty(r.performance().duty().withIntro(v))));
        var dutyItems = TextItemList.create(binder, texts, "performance.duty.items",
                r -> r.performance().duty().items(),
                (r, items) -> r.withPerformance(r.performance().withDuty(r.performance().duty().withItems(items))),
                Layouts::arabic);
        overall = new OverallSection(binder, texts);
        LargeProjectsSection large = new LargeProjectsSection(binder, texts);
        var internal = Fields.longText(binder, "performance.results.internalUse", 0, r -> results(r).internalUse(),
                (r, v) -> withResults(r, results(r).withInternalUse(v)));
        var disclosure = Fields.longText(binder, "performance.results.disclosure", 0, r -> results(r).disclosure(),
                (r, v) -> withResults(r, results(r).withDisclosure(v)));
        var rectification = Fields.longText(binder, "performance.results.rectification", 0,
                r -> results(r).rectification(), (r, v) -> withResults(r, results(r).withRectification(v)));

        root = Layouts.page("chapter-performance",
                Layouts.heading(texts.get("performance.title")),
                problems,
                Layouts.subheading(texts.get("performance.duty")),
                Layouts.field(texts.get("performance.duty.intro"), dutyIntro),
                Layouts.field(texts.get("performance.duty.items"), dutyItems),
                Layouts.subheading(texts.get("performance.projects")),
                Layouts.subheading(texts.get("performance.overall")), overall,
                Layouts.subheading(texts.get("performance.large")), large,
                Layouts.subheading(texts.get("performance.results")),
                Layouts.field(texts.get("performance.results.internalUse"), internal),
                Layouts.field(texts.get("performance.results.disclosure"), disclosure),
                Layouts.field(texts.get("performance.results.rectification"), rectification));
    }

    private static ResultApplication results(Report r) {
        return r.performance().results();
    }

    private static Report withResults(Report r, ResultApplication results) {
        return r.withPerformance(r.performance().withResults(results));
    }

    OverallSection overall() {
        return overall;
    }

    @Override
    public String chapter() {
        return Location.PERFORMANCE;
    }

    @Override
    public Node node() {
        return root;
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
