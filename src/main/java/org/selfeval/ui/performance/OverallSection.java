package org.selfeval.ui.performance;

import java.math.BigDecimal;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Percent;
import org.selfeval.model.ProjectAnalysis;
import org.selfeval.model.Report;
import org.selfeval.ui.controls.AmountField;
import org.selfeval.ui.controls.GeneratedTextBox;
import org.selfeval.ui.forms.Binder;
import org.selfeval.ui.forms.Fields;
import org.selfeval.ui.forms.FormTexts;
import org.selfeval.ui.forms.Generated;
import org.selfeval.ui.forms.Ids;
import org.selfeval.ui.forms.Layouts;

/**
 * 三(二)1.整体情况 in its six parts: 目标制定 (text), 目标实现 (generated from the indicator and project
 * counts), 支出控制 (公用经费 年初 / 调整 / 决算, 执行率 shown, generated sentence), 及时处置, 预算完成,
 * 结余与违规; under 预算完成 and 结余与违规 the sentence restating the department sheet's rates, to insert.
 */
final class OverallSection extends VBox {
    static final String PATH = "performance.projectAnalysis";
    private final GeneratedTextBox goal = new GeneratedTextBox();
    private final GeneratedTextBox spending = new GeneratedTextBox();
    private final Label rate = new Label();

    OverallSection(Binder binder, FormTexts texts) {
        setSpacing(6);
        var targetSetting = Fields.longText(binder, PATH + ".targetSetting", 0, r -> pa(r).targetSetting(),
                (r, v) -> withPa(r, pa(r).withTargetSetting(v)));

        goal.setFieldId(Ids.of(PATH + ".goalAchievementText"));
        Fields.tabMovesFocus(goal.textArea());
        binder.onReport(r -> goal.generatedTextProperty().set(Generated.goalAchievement(r)));
        binder.value(goal.ownTextProperty(), PATH + ".goalAchievementText", r -> pa(r).goalAchievementText(),
                (r, v) -> withPa(r, pa(r).withGoalAchievementText(v)));

        AmountField initial = amount(binder, texts, "initial", BudgetFigures::initial, BudgetFigures::withInitial);
        AmountField adjusted = amount(binder, texts, "adjusted", BudgetFigures::adjusted, BudgetFigures::withAdjusted);
        AmountField executed = amount(binder, texts, "executed", BudgetFigures::executed, BudgetFigures::withExecuted);
        rate.setId(Ids.of(PATH + ".publicExpenses.rate"));
        binder.onReport(r -> rate.setText(pa(r).publicExpenses().executionRate()
                .map(p -> Percent.format(p) + "%").orElse(texts.get("figures.rate.none"))));
        HBox figures = new HBox(14,
                Layouts.field(texts.get("figures.initial"), initial),
                Layouts.field(texts.get("figures.adjusted"), adjusted),
                Layouts.field(texts.get("figures.executed"), executed),
                Layouts.field(texts.get("figures.rate"), rate));
        spending.setFieldId(Ids.of(PATH + ".spendingControlText"));
        Fields.tabMovesFocus(spending.textArea());
        binder.onReport(r -> spending.generatedTextProperty().set(Generated.spendingControl(r)));
        binder.value(spending.ownTextProperty(), PATH + ".spendingControlText", r -> pa(r).spendingControlText(),
                (r, v) -> withPa(r, pa(r).withSpendingControlText(v)));

        var timely = Fields.longText(binder, PATH + ".timelyHandling", 0, r -> pa(r).timelyHandling(),
                (r, v) -> withPa(r, pa(r).withTimelyHandling(v)));
        var completion = Fields.longText(binder, PATH + ".budgetCompletion", 0, r -> pa(r).budgetCompletion(),
                (r, v) -> withPa(r, pa(r).withBudgetCompletion(v)));
        var surplus = Fields.longText(binder, PATH + ".surplusAndViolations", 0, r -> pa(r).surplusAndViolations(),
                (r, v) -> withPa(r, pa(r).withSurplusAndViolations(v)));

        var completionOffer = new SheetSentenceOffer(binder, texts, "预算完成", PATH + ".budgetCompletion",
                r -> pa(r).budgetCompletion(), (r, v) -> withPa(r, pa(r).withBudgetCompletion(v)));
        var surplusOffer = new SheetSentenceOffer(binder, texts, "结余与违规", PATH + ".surplusAndViolations",
                r -> pa(r).surplusAndViolations(), (r, v) -> withPa(r, pa(r).withSurplusAndViolations(v)));

        getChildren().addAll(
                Layouts.field(texts.get("overall.targetSetting"), targetSetting),
                Layouts.field(texts.get("overall.goal"), goal),
                Layouts.field(texts.get("overall.spending"), new VBox(4, figures, spending)),
                Layouts.field(texts.get("overall.timely"), timely),
                Layouts.field(texts.get("overall.completion"), new VBox(4, completion, completionOffer)),
                Layouts.field(texts.get("overall.surplus"), new VBox(4, surplus, surplusOffer)));
    }

    GeneratedTextBox goalBox() {
        return goal;
    }

    GeneratedTextBox spendingBox() {
        return spending;
    }

    Label rateLabel() {
        return rate;
    }

    private static AmountField amount(Binder binder, FormTexts texts, String part,
                                      Function<BudgetFigures, BigDecimal> get,
                                      BiFunction<BudgetFigures, BigDecimal, BudgetFigures> set) {
        return Fields.amount(binder, PATH + ".publicExpenses." + part, texts.get("overall.publicExpenses." + part),
                r -> get.apply(pa(r).publicExpenses()),
                (r, v) -> withPa(r, pa(r).withPublicExpenses(set.apply(pa(r).publicExpenses(), v))));
    }

    static ProjectAnalysis pa(Report r) {
        return r.performance().projectAnalysis();
    }

    static Report withPa(Report r, ProjectAnalysis pa) {
        return r.withPerformance(r.performance().withProjectAnalysis(pa));
    }
}
