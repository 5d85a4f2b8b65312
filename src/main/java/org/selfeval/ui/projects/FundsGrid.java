package org.selfeval.ui.projects;

import org.selfeval.ui.controls.Look;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Money;
import org.selfeval.model.Percent;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectStated;
import org.selfeval.model.Stated;
import org.selfeval.ui.controls.AmountField;
import org.selfeval.ui.forms.Binder;
import org.selfeval.ui.forms.Fields;
import org.selfeval.ui.forms.FormTexts;
import org.selfeval.ui.forms.Ids;
import org.selfeval.ui.forms.Projects;

/**
 * 预算执行情况 of the Sichuan form: 年初预算 / 调整后预算数 / 预算执行数 per 资金来源; the 总额 row, every
 * 执行率 and the 得分 are computed; the 权重 (10 by default) may be changed.
 */
final class FundsGrid extends GridPane {
    private static final List<FundSource> SICHUAN = List.of(FundSource.FISCAL, FundSource.SPECIAL_ACCOUNT,
            FundSource.UNIT, FundSource.OTHER);

    FundsGrid(Binder binder, FormTexts texts, String id, String path) {
        setHgap(10);
        setVgap(4);
        getStyleClass().add("funds-grid");
        String[] headers = {"funds.source", "funds.initial", "funds.adjusted", "funds.executed", "funds.rate",
            "funds.weight", "funds.score"};
        for (int c = 0; c < headers.length; c++) {
            Label h = ProjectForm.fixed(texts.get(headers[c]));
            Look.as(h, "strong");
            add(h, c, 0);
        }
        Label totalInitial = new Label();
        Label totalAdjusted = new Label();
        Label totalExecuted = new Label();
        Label totalRate = new Label();
        Label score = new Label();
        totalRate.setId(Ids.of(path + ".total.rate"));
        score.setId(Ids.of(path + ".executionScore"));
        AmountField weight = Fields.amount(binder, path.replace(".funds", ".executionWeight"), texts.get("funds.weight"),
                r -> Projects.get(r, id).executionWeight(),
                (r, v) -> Projects.with(r, id, Projects.get(r, id).withExecutionWeight(v)));
        weight.textField().setPrefColumnCount(5);
        for (Label l : new Label[] {totalInitial, totalAdjusted, totalExecuted, totalRate, score}) {
            l.setMinWidth(Label.USE_PREF_SIZE);
        }
        addRow(1, ProjectForm.fixed(texts.get("funds.total")), totalInitial, totalAdjusted, totalExecuted, totalRate, weight, score);
        binder.onReport(r -> {
            Project p = Projects.get(r, id);
            BudgetFigures t = p.totalFunds();
            totalInitial.setText(Money.format(t.initial()));
            totalAdjusted.setText(Money.format(t.adjusted()));
            totalExecuted.setText(Money.format(t.executed()));
            totalRate.setText(rate(t));
            score.setText(p.executionScore().map(BigDecimal::toPlainString).orElse("—"));
        });
        List<FundSource> sources = new ArrayList<>(SICHUAN);
        if (!Projects.get(binder.current(), id).funds(FundSource.PRIOR_YEAR_CARRYOVER).isEmpty()) {
            sources.add(FundSource.PRIOR_YEAR_CARRYOVER);
        }
        int row = 2;
        for (FundSource source : sources) {
            String label = (source == FundSource.FISCAL ? texts.get("funds.of") : "") + source.sichuanLabel();
            String rowPath = path + "." + source.name();
            Label rate = new Label();
            rate.setMinWidth(Label.USE_PREF_SIZE);
            rate.setId(Ids.of(rowPath + ".rate"));
            binder.onReport(r -> rate.setText(rate(Projects.get(r, id).funds(source))));
            addRow(row++, ProjectForm.fixed(label),
                    amount(binder, id, source, rowPath, label, "initial", BudgetFigures::initial, BudgetFigures::withInitial),
                    amount(binder, id, source, rowPath, label, "adjusted", BudgetFigures::adjusted, BudgetFigures::withAdjusted),
                    amount(binder, id, source, rowPath, label, "executed", BudgetFigures::executed, BudgetFigures::withExecuted),
                    rate, slash(), slash());
        }
        statedRow(binder, texts, id, path, row);
    }

    /**
     * 原表填报: the 总额 row as the imported table states it, shown only when it states one, red where it
     * differs from the rows; a button drops the stated figures (one undoable edit).
     */
    private void statedRow(Binder binder, FormTexts texts, String id, String path, int row) {
        Label title = ProjectForm.fixed(texts.get("funds.stated"));
        Label[] cells = {new Label(), new Label(), new Label(), new Label(), new Label()};
        Button drop = new Button(texts.get("funds.stated.clear"));
        String project = path.substring(0, path.lastIndexOf(".funds"));
        drop.setId(Ids.of(project + ".stated.clear"));
        drop.setOnAction(e -> binder.apply(project + ".stated", r -> Projects.with(r, id, Projects.get(r, id).withStated(null))));
        cells[0].setId(Ids.of(project + ".stated.total"));
        cells[3].setId(Ids.of(project + ".stated.executionRate"));
        cells[4].setId(Ids.of(project + ".stated.executionScore"));
        String blank = texts.get("funds.stated.blank");
        List<javafx.scene.Node> all = new ArrayList<>(List.of(title, drop));
        all.addAll(List.of(cells));
        for (javafx.scene.Node n : all) {
            n.managedProperty().bind(n.visibleProperty());
        }
        addRow(row, title, cells[0], cells[1], cells[2], cells[3], drop, cells[4]);
        binder.onReport(r -> {
            Project p = Projects.get(r, id);
            ProjectStated st = p.stated();
            boolean any = !st.isEmpty();
            all.forEach(n -> n.setVisible(any));
            if (!any) {
                return;
            }
            BudgetFigures t = p.totalFunds();
            show(cells[0], st.totalInitial(), t.initial(), "", blank);
            show(cells[1], st.totalAdjusted(), t.effectiveBudget(), "", blank);
            show(cells[2], st.totalExecuted(), t.executed(), "", blank);
            show(cells[3], st.executionRate(), t.executionRate().orElse(null), "%", blank);
            show(cells[4], st.executionScore(), p.executionScore().orElse(null), "", blank);
        });
    }

    private static void show(Label cell, Stated stated, BigDecimal computed, String unit, String blank) {
        if (stated == null) {
            cell.setText("");
            return;
        }
        boolean differs = stated.isBlank() || computed == null
                || Money.shown(stated.value()).compareTo(Money.shown(computed)) != 0;
        cell.setText(stated.isBlank() ? blank : Money.format(stated.value()) + unit);
        Look.as(cell, "stated-figure", "in-grid");
        Look.state(cell, "differs", differs);
    }

    private static Label slash() {
        Label l = new Label("/");
        GridPane.setHalignment(l, HPos.CENTER);
        return l;
    }

    private static String rate(BudgetFigures f) {
        return f.executionRate().map(p -> Percent.format(p) + "%").orElse("—");
    }

    private static AmountField amount(Binder binder, String id, FundSource source, String rowPath, String label,
                                      String part, Function<BudgetFigures, BigDecimal> get,
                                      BiFunction<BudgetFigures, BigDecimal, BudgetFigures> set) {
        AmountField f = Fields.amount(binder, rowPath + "." + part, label,
                r -> get.apply(Projects.get(r, id).funds(source)),
                (r, v) -> {
                    Project p = Projects.get(r, id);
                    return Projects.with(r, id, p.withFunds(source, set.apply(p.funds(source), v)));
                });
        f.textField().setPrefColumnCount(7);
        return f;
    }
}
