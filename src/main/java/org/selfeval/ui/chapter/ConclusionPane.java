package org.selfeval.ui.chapter;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.selfeval.edit.ReportEditor;
import org.selfeval.model.Grade;
import org.selfeval.model.Report;
import org.selfeval.ui.controls.FormSection;
import org.selfeval.ui.controls.GeneratedTextBox;
import org.selfeval.ui.controls.Lens;
import org.selfeval.ui.controls.LongTextArea;
import org.selfeval.ui.controls.Messages;
import org.selfeval.ui.controls.ReportBindings;
import org.selfeval.ui.controls.ScoreField;

/** 四、评价结论及建议: 自评得分, the grade derived from it, 评价结论, 存在问题, 改进建议. */
public final class ConclusionPane implements ChapterPane, FieldControls {
    private final ReportBindings bindings;
    private final ScrollPane root;
    private final Map<String, Node> controls = new HashMap<>();
    private final Label grade = new Label();

    public ConclusionPane(ReportEditor editor) {
        bindings = new ReportBindings(editor);
        FormSection conclusion = new FormSection(Messages.get("conclusion.title"));
        ScoreField score = new ScoreField();
        score.setFieldId("conclusion-score");
        score.setFieldName(Messages.get("conclusion.score"));
        bindings.bind(score.valueProperty(), Lens.of("conclusion.score", r -> r.conclusion().score(),
                (r, v) -> r.withConclusion(r.conclusion().withScore(v))));
        controls.put("conclusion.score", score);
        grade.setId("conclusion-grade");
        conclusion.addRow(Messages.get("conclusion.score"), score, null);
        conclusion.addRow(Messages.get("conclusion.grade"), grade, null);
        GeneratedTextBox text = new GeneratedTextBox();
        text.setFieldId("conclusion-text");
        bindings.bindGenerated(text, Lens.of("conclusion.conclusionText", r -> r.conclusion().conclusionText(),
                (r, v) -> r.withConclusion(r.conclusion().withConclusionText(v))), GeneratedTexts::conclusion);
        controls.put("conclusion.conclusionText", text);
        conclusion.addBelow(text);

        FormSection problems = new FormSection(Messages.get("conclusion.problems"));
        problems.addBelow(longText("conclusion.problems", "conclusion-problems", Lens.of("conclusion.problems",
                r -> r.conclusion().problems(), (r, v) -> r.withConclusion(r.conclusion().withProblems(v)))));
        FormSection suggestions = new FormSection(Messages.get("conclusion.suggestions"));
        suggestions.addBelow(longText("conclusion.suggestions", "conclusion-suggestions", Lens.of("conclusion.suggestions",
                r -> r.conclusion().suggestions(), (r, v) -> r.withConclusion(r.conclusion().withSuggestions(v)))));

        DepartmentSheetSection sheet = new DepartmentSheetSection(editor, controls);
        VBox content = new VBox(8, sheet.node(), conclusion, problems, suggestions);
        content.setPadding(new Insets(12, 16, 16, 16));
        root = org.selfeval.ui.controls.RepaintWhatChanged.in(new ScrollPane(content));
        root.setFitToWidth(true);
        root.setId("chapter-conclusion");
        bindings.onChange(this::refreshGrade);
    }

    private LongTextArea longText(String path, String id, Lens<String> lens) {
        LongTextArea area = new LongTextArea();
        area.setFieldId(id);
        area.textArea().setPrefRowCount(6);
        bindings.bindText(area, lens);
        controls.put(path, area);
        return area;
    }

    private void refreshGrade(Report report) {
        if (report.conclusion().score() == null) {
            grade.setText(Messages.get("conclusion.grade.none"));
            return;
        }
        Grade g = org.selfeval.profile.RegionalProfile.forId(report.profile()).gradeOf(report.conclusion().score());
        grade.setText(Messages.format("conclusion.grade.value", g.label(), g.longLabel(), Messages.get("grade." + g.name())));
    }

    @Override
    public java.util.Optional<javafx.scene.control.Control> control(org.selfeval.model.FieldPath fieldPath) {
        return java.util.Optional.ofNullable(controls.get(fieldPath.toString())).flatMap(org.selfeval.ui.controls.FieldNodes::controlOf);
    }

    @Override
    public String chapter() {
        return "四";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public boolean focus(org.selfeval.model.FieldPath fieldPath) {
        Node n = controls.get(fieldPath.toString());
        if (n == null && fieldPath.isWithin(org.selfeval.model.FieldPath.of("conclusion"))) {
            n = controls.get("conclusion.score");
        }
        if (n == null) {
            return false;
        }
        n.requestFocus();
        return true;
    }
}
