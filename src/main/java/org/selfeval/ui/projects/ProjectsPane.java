package org.selfeval.ui.projects;

import org.selfeval.ui.controls.Look;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.selfeval.audit.Location;
import org.selfeval.edit.ReportEditor;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.profile.RegionalProfile;
import org.selfeval.ui.chapter.ChapterPane;
import org.selfeval.ui.chapter.FieldControls;
import org.selfeval.ui.forms.Binder;
import org.selfeval.ui.forms.Fields;
import org.selfeval.ui.forms.FormTexts;
import org.selfeval.ui.forms.Layouts;
import org.selfeval.ui.forms.Projects;
import org.selfeval.profile.IndicatorLibrary;

/**
 * 附表: the list of 特定目标类项目 (add / remove / rename) and, for the selected one, its
 * 项目支出绩效自评表.
 */
public final class ProjectsPane implements ChapterPane, FieldControls {
    private final Binder binder;
    private final Binder formBinder;
    private final FormTexts texts;
    private final IndicatorLibrary library;
    private final BorderPane root = new BorderPane();
    private final ListView<String> list = new ListView<>();
    private final ScrollPane page = org.selfeval.ui.controls.RepaintWhatChanged.in(new ScrollPane());
    /** Says what a deletion did (and how to undo it) until the project list changes again. */
    private final Label notice = new Label();
    private List<String> idsAfterRemoval = List.of();
    private final Label problems = new Label();
    private ProjectForm form;

    public ProjectsPane(ReportEditor editor, ResourceBundle bundle) {
        this(editor, bundle, IndicatorLibrary.standard());
    }

    public ProjectsPane(ReportEditor editor, ResourceBundle bundle, IndicatorLibrary library) {
        this.texts = new FormTexts(bundle);
        this.library = library;
        Look.as(problems, "problem");
        problems.setWrapText(true);
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        this.binder = new Binder(editor, problems::setText);
        this.formBinder = binder.child();
        list.setId("projects-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : label(id));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, id) -> showForm(id));
        Button add = button("projects.add", "projects-add", this::addProject);
        Button remove = button("projects.remove", "projects-remove", this::removeProject);
        Button rename = button("projects.rename", "projects-rename", this::rename);
        for (Button b : new Button[] {add, remove, rename}) {
            b.setMaxWidth(Double.MAX_VALUE);
        }
        // the list sits above the form so that the wide 自评表 keeps the whole width
        list.setPrefHeight(96);
        HBox.setHgrow(list, Priority.ALWAYS);
        VBox buttons = new VBox(4, add, remove, rename);
        HBox bar = new HBox(8, list, buttons);
        notice.setId("projects-notice");
        notice.setWrapText(true);
        Look.as(notice, "notice");
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        VBox top = new VBox(4, Layouts.subheading(texts.get("projects.title")), bar, problems, notice);
        top.setPadding(new Insets(6, 10, 4, 10));
        page.setFitToWidth(true);
        page.setId("chapter-projects");
        root.setTop(top);
        root.setCenter(page);
        binder.onReport(this::show);
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button(texts.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private String label(String id) {
        String name = Projects.get(binder.current(), id).name();
        return name.isBlank() ? texts.get("projects.unnamed") : name;
    }

    private void show(Report report) {
        List<String> ids = report.projects().stream().map(Project::id).toList();
        if (!ids.equals(idsAfterRemoval)) {
            notice.setText(""); // the list changed since (an undo, another edit): the word no longer applies
        }
        String selected = list.getSelectionModel().getSelectedItem();
        if (!ids.equals(list.getItems())) {
            list.getItems().setAll(ids);
            if (selected != null && ids.contains(selected)) {
                list.getSelectionModel().select(selected);
            } else if (!ids.isEmpty()) {
                list.getSelectionModel().select(Math.min(Math.max(0, ids.size() - 1), ids.size() - 1));
            }
        } else {
            list.refresh();
        }
        if (form != null && Projects.indexOf(report, form.projectId()) != pathIndex) {
            showForm(list.getSelectionModel().getSelectedItem());
        }
    }

    private int pathIndex = -1;

    private void showForm(String id) {
        formBinder.clear();
        if (id == null || Projects.indexOf(binder.current(), id) < 0) {
            form = null;
            pathIndex = -1;
            page.setContent(new Label(texts.get("projects.none")));
            return;
        }
        form = new ProjectForm(formBinder, texts, library, id);
        pathIndex = Projects.indexOf(binder.current(), id);
        form.setPadding(new Insets(12, 18, 24, 18));
        page.setContent(form);
        page.setVvalue(0);
    }

    /** Adds a project named 新项目N for the department, selects it and puts the caret in its name. */
    public void addProject() {
        Report r = binder.current();
        String id = UUID.randomUUID().toString();
        String name = texts.format("projects.newName", String.valueOf(r.projects().size() + 1));
        // the 预算执行 weight of the region's form (10 in Sichuan and nationally; a profile may set another)
        Project p = Projects.empty(id, name).withCompetentDepartment(r.department().fullName())
                .withImplementingUnit(r.department().fullName())
                .withExecutionWeight(RegionalProfile.forId(r.profile()).executionWeight());
        List<Project> projects = new ArrayList<>(r.projects());
        projects.add(p);
        binder.apply(null, x -> x.withProjects(projects));
        list.getSelectionModel().select(id);
        rename();
    }

    public void removeProject() {
        String id = list.getSelectionModel().getSelectedItem();
        if (id == null) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        String name = label(id);
        idsAfterRemoval = binder.current().projects().stream().map(Project::id).filter(p -> !p.equals(id)).toList();
        binder.apply(null, r -> {
            List<Project> projects = new ArrayList<>(r.projects());
            projects.removeIf(p -> p.id().equals(id));
            return r.withProjects(projects);
        });
        notice.setText(texts.format("projects.removed", name));
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(Math.min(at, list.getItems().size() - 1));
        }
    }

    /** Renaming is typing in the form's 项目名称 field: this puts the caret there with the name selected. */
    public void rename() {
        if (form != null) {
            page.setVvalue(0);
            form.nameField().requestFocus();
            form.nameField().selectAll();
        }
    }

    ProjectForm form() {
        return form;
    }

    @Override
    public String chapter() {
        return Location.PROJECTS;
    }

    @Override
    public Node node() {
        return root;
    }

    /** The control of a field path of the selected project's form (findings of other projects show in theirs). */
    @Override
    public java.util.Optional<javafx.scene.control.Control> control(org.selfeval.model.FieldPath fieldPath) {
        return form == null ? java.util.Optional.empty() : Fields.control(form, fieldPath);
    }

    @Override
    public boolean focus(org.selfeval.model.FieldPath fieldPath) {
        fieldPath.indexAfter("projects").filter(index -> index < list.getItems().size())
                .ifPresent(index -> list.getSelectionModel().select(index));
        return Fields.focus(page, fieldPath);
    }
}
