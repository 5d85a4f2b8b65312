package org.selfeval.ui.projects;

import org.selfeval.ui.controls.Look;
import java.math.BigDecimal;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.ui.controls.LongTextArea;
import org.selfeval.ui.forms.Binder;
import org.selfeval.ui.forms.Fields;
import org.selfeval.ui.forms.FormTexts;
import org.selfeval.ui.forms.Ids;
import org.selfeval.ui.forms.Layouts;
import org.selfeval.ui.forms.Projects;
import org.selfeval.profile.IndicatorLibrary;
import org.selfeval.ui.indicators.IndicatorTable;

/**
 * One 项目支出绩效自评表 (Sichuan 510000_0013zp): names, 预算执行情况, 原因, 年度目标 and its
 * completion, 实施内容, 绩效指标, 合计, 评价结论 / 存在问题 / 改进措施 with live 字 counters, signatures.
 */
final class ProjectForm extends VBox {
    private final String id;
    private final String path;
    private final TextField name;
    private final IndicatorTable indicators;

    ProjectForm(Binder binder, FormTexts texts, IndicatorLibrary library, String id) {
        this.id = id;
        this.path = "projects[" + Projects.indexOf(binder.current(), id) + "]";
        setSpacing(6);
        Label title = Layouts.heading("");
        binder.onReport(r -> title.setText(texts.format("project.formTitle", String.valueOf(r.year()))));

        TextField code = text(binder, "code", Project::code, Project::withCode);
        name = text(binder, "name", Project::name, Project::withName);
        TextField competent = text(binder, "competentDepartment", Project::competentDepartment,
                Project::withCompetentDepartment);
        TextField unit = text(binder, "implementingUnit", Project::implementingUnit, Project::withImplementingUnit);
        GridPane names = new GridPane();
        names.setHgap(8);
        names.setVgap(4);
        names.addRow(0, fixed(texts.get("project.code")), code, fixed(texts.get("project.name")), name);
        names.addRow(1, fixed(texts.get("project.competent")), competent, fixed(texts.get("project.unit")), unit);
        // both field columns share the room: a 主管部门 is as long a name as an 实施单位
        for (int c = 0; c < 4; c++) {
            javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
            if (c % 2 == 1) {
                column.setHgrow(Priority.ALWAYS);
                column.setPercentWidth(-1);
                column.setMinWidth(120);
                column.setPrefWidth(240);
            }
            names.getColumnConstraints().add(column);
        }

        FundsGrid funds = new FundsGrid(binder, texts, id, path + ".funds");
        LongTextArea note = area(binder, "executionNote", 100, Project::executionNote, Project::withExecutionNote);
        LongTextArea adjustment = area(binder, "adjustmentReason", 0, Project::adjustmentReason,
                Project::withAdjustmentReason);
        LongTextArea goal = area(binder, "annualGoal", 0, Project::annualGoal, Project::withAnnualGoal);
        LongTextArea completion = area(binder, "goalCompletion", 100, Project::goalCompletion,
                Project::withGoalCompletion);
        HBox goals = new HBox(10, Layouts.field(texts.get("project.annualGoal"), goal),
                Layouts.field(texts.get("project.goalCompletion"), completion));
        goals.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        LongTextArea summary = area(binder, "implementationSummary", 0, Project::implementationSummary,
                Project::withImplementationSummary);

        indicators = new IndicatorTable(binder, texts, library, path + ".indicators",
                r -> Projects.get(r, id).indicators(),
                (r, rows) -> Projects.with(r, id, Projects.get(r, id).withIndicators(rows)));
        Label total = new Label();
        total.setId(Ids.of(path + ".total"));
        Look.as(total, "strong");
        binder.onReport(r -> {
            Project p = Projects.get(r, id);
            total.setText(texts.format("project.total", p.totalWeight().toPlainString(),
                    p.totalScore().map(BigDecimal::toPlainString).orElse(texts.get("indicator.scoreIncomplete"))));
        });

        LongTextArea conclusion = area(binder, "evaluationConclusion", 200, Project::evaluationConclusion,
                Project::withEvaluationConclusion);
        LongTextArea problems = area(binder, "problems", 200, Project::problems, Project::withProblems);
        LongTextArea improvements = area(binder, "improvements", 200, Project::improvements, Project::withImprovements);
        TextField projectLead = text(binder, "projectLead", Project::projectLead, Project::withProjectLead);
        TextField financeLead = text(binder, "financeLead", Project::financeLead, Project::withFinanceLead);

        // 备注（不打印）: where the figures come from when they are not the department's own (sample values)
        LongTextArea dataNote = area(binder, "dataNote", 0, p -> p.dataNote() == null ? "" : p.dataNote(),
                (p, v) -> p.withDataNote(v == null || v.isBlank() ? null : v));
        Look.as(dataNote, "own-note");

        getChildren().addAll(title, names,
                Layouts.field(texts.get("project.dataNote"), dataNote),
                Layouts.subheading(texts.get("project.basics")),
                Layouts.field(texts.get("project.goals"), goals),
                Layouts.field(texts.get("project.summary"), summary),
                Layouts.subheading(texts.get("project.execution")), funds,
                Layouts.field(texts.get("project.executionNote"), note),
                Layouts.field(texts.get("project.adjustmentReason"), adjustment),
                Layouts.subheading(texts.get("project.indicators")), indicators, total,
                Layouts.field(texts.get("project.conclusion"), conclusion),
                Layouts.field(texts.get("project.problems"), problems),
                Layouts.field(texts.get("project.improvements"), improvements),
                new HBox(10, Layouts.inline(texts.get("project.projectLead"), projectLead),
                        Layouts.inline(texts.get("project.financeLead"), financeLead)));
    }

    static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    String projectId() {
        return id;
    }

    TextField nameField() {
        return name;
    }

    IndicatorTable indicators() {
        return indicators;
    }

    private TextField text(Binder binder, String field, Function<Project, String> get,
                           BiFunction<Project, String, Project> set) {
        return Fields.text(binder, path + "." + field, r -> get.apply(Projects.get(r, id)), edit(set));
    }

    private LongTextArea area(Binder binder, String field, int limit, Function<Project, String> get,
                              BiFunction<Project, String, Project> set) {
        LongTextArea a = Fields.longText(binder, path + "." + field, limit, r -> get.apply(Projects.get(r, id)), edit(set));
        a.textArea().setPrefRowCount(3);
        return a;
    }

    private BiFunction<Report, String, Report> edit(BiFunction<Project, String, Project> set) {
        return (r, v) -> Projects.with(r, id, set.apply(Projects.get(r, id), v));
    }
}
