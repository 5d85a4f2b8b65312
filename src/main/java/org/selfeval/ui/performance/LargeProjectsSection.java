package org.selfeval.ui.performance;

import org.selfeval.ui.controls.Look;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Money;
import org.selfeval.model.Percent;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.ui.forms.Binder;
import org.selfeval.ui.forms.Fields;
import org.selfeval.ui.forms.FormTexts;
import org.selfeval.ui.forms.Layouts;
import org.selfeval.ui.forms.Projects;

/**
 * 三(二)2: the projects of 100万元 and more, listed from the project data ({@link Project#isLarge()}),
 * each with its 年初 / 调整 / 决算 / 执行率 shown (typed once, in the project's 自评表) and the
 * clerk's text on its use and output.
 */
final class LargeProjectsSection extends VBox {
    private final Binder rows;
    private final FormTexts texts;
    private final Label none;
    private List<String> shownIds = List.of();

    LargeProjectsSection(Binder binder, FormTexts texts) {
        this.rows = binder.child();
        this.texts = texts;
        this.none = new Label(texts.get("large.none"));
        setSpacing(8);
        setId("performance-largeProjects");
        binder.onReport(this::show);
    }

    private void show(Report report) {
        List<String> ids = new ArrayList<>();
        for (Project p : report.projects()) {
            if (p.isLarge()) {
                ids.add(p.id());
            }
        }
        if (!ids.equals(shownIds)) {
            shownIds = ids;
            rows.clear();
            getChildren().clear();
            if (ids.isEmpty()) {
                getChildren().add(none);
            }
            for (int i = 0; i < ids.size(); i++) {
                getChildren().add(projectBox(i, ids.get(i)));
            }
        }
    }

    private VBox projectBox(int number, String id) {
        Binder b = rows.child();
        Label title = Layouts.subheading("");
        Label initial = new Label();
        Label adjusted = new Label();
        Label executed = new Label();
        Label rate = new Label();
        rate.setId("large-" + number + "-rate");
        b.onReport(r -> {
            int i = Projects.indexOf(r, id);
            if (i < 0) {
                return;
            }
            Project p = r.projects().get(i);
            BudgetFigures f = p.totalFunds();
            title.setText("(" + (number + 1) + ")" + p.name());
            initial.setText(money(f.initial()));
            adjusted.setText(money(f.adjusted()));
            executed.setText(money(f.executed()));
            rate.setText(f.executionRate().map(x -> Percent.format(x) + "%").orElse(texts.get("figures.rate.none")));
        });
        GridPane figures = new GridPane();
        figures.setHgap(18);
        figures.addRow(0, new Label(texts.get("figures.initial")), new Label(texts.get("figures.adjusted")),
                new Label(texts.get("figures.executed")), new Label(texts.get("figures.rate")));
        figures.addRow(1, initial, adjusted, executed, rate);
        int index = Projects.indexOf(b.current(), id);
        String path = "projects[" + index + "].reportText";
        var text = Fields.longText(b, path, 0, r -> Projects.get(r, id).reportText(),
                (r, v) -> Projects.with(r, id, Projects.get(r, id).withReportText(v)));
        text.textArea().setPrefRowCount(3);
        Label hint = new Label(texts.get("large.figuresHint"));
        Look.as(hint, "hint", "small");
        return new VBox(4, title, figures, hint, Layouts.field(texts.get("large.text"), text));
    }

    private String money(java.math.BigDecimal amount) {
        return amount == null ? texts.get("figures.none") : Money.format(amount) + texts.get("figures.unit");
    }
}
