package org.selfeval.ui.chapter;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.selfeval.edit.ReportEditor;
import org.selfeval.model.Carryover;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Money;
import org.selfeval.model.Percent;
import org.selfeval.model.Report;
import org.selfeval.narrative.YearOnYear;
import org.selfeval.ui.controls.AmountField;
import org.selfeval.ui.controls.FormSection;
import org.selfeval.ui.controls.GeneratedTextBox;
import org.selfeval.ui.controls.Lens;
import org.selfeval.ui.controls.Messages;
import org.selfeval.ui.controls.ReportBindings;
import org.selfeval.ui.controls.StatedTotal;

/**
 * 二、部门财政资金收支情况: income by source, expenditure by category, the year-end carryover and
 * last year's figure; totals and shares recompute as the clerk types; the three paragraphs are
 * generated unless the clerk writes their own.
 */
public final class FinancesPane implements ChapterPane, FieldControls {
    private final ReportBindings bindings;
    private final ScrollPane root;
    private final Map<String, Node> controls = new HashMap<>();
    private final Map<IncomeSource, Label> incomeShares = new HashMap<>();
    private final Map<ExpenditureCategory, Label> expenditureShares = new HashMap<>();
    private final Label incomeTotal = derived("income-total");
    private final Label expenditureTotal = derived("expenditure-total");
    private final Label carryoverTotal = derived("carryover-total");
    private final Label carryoverChange = derived("carryover-change");
    private final Label incomeChange = derived("income-change");
    private final Label expenditureChange = derived("expenditure-change");
    private final StatedTotal incomeStated;
    private final StatedTotal expenditureStated;

    public FinancesPane(ReportEditor editor) {
        bindings = new ReportBindings(editor);
        incomeStated = new StatedTotal("income-stated", () -> editor.apply("finances.statedIncomeTotal", r -> r.withFinances(r.finances().withStatedIncomeTotal(null))));
        expenditureStated = new StatedTotal("expenditure-stated",
                () -> editor.apply("finances.statedExpenditureTotal", r -> r.withFinances(r.finances().withStatedExpenditureTotal(null))));
        VBox content = new VBox(8, incomeSection(), expenditureSection(), carryoverSection());
        content.setPadding(new Insets(12, 16, 16, 16));
        root = org.selfeval.ui.controls.RepaintWhatChanged.in(new ScrollPane(content));
        root.setFitToWidth(true);
        root.setId("chapter-finances");
        bindings.onChange(this::refreshDerived);
    }

    private FormSection incomeSection() {
        FormSection s = new FormSection(Messages.get("finances.income.title"));
        for (IncomeSource src : IncomeSource.values()) {
            String path = "finances.income." + src.name();
            String label = Messages.get("income." + src.name());
            AmountField f = amount(path, "income-" + src.name(), label);
            bindings.bindAmount(f, Lens.of(path, r -> r.finances().income().get(src),
                    (r, v) -> r.withFinances(r.finances().withIncome(src, v))));
            Label share = derived("income-share-" + src.name());
            incomeShares.put(src, share);
            s.addRow(label, f, share);
        }
        s.addRow(Messages.get("finances.income.total"), incomeTotal, null);
        s.addBelow(incomeStated.node());
        financeRow(s, "priorIncomeTotal", Messages.get("finances.income.prior"), Finances::priorIncomeTotal,
                Finances::withPriorIncomeTotal, incomeChange);
        s.addBelow(paragraph("finances.incomeText", "income-text", Finances::incomeText,
                Finances::withIncomeText, GeneratedTexts::income));
        return s;
    }

    private FormSection expenditureSection() {
        FormSection s = new FormSection(Messages.get("finances.expenditure.title"));
        for (ExpenditureCategory cat : ExpenditureCategory.values()) {
            String path = "finances.expenditure." + cat.name();
            String label = Messages.get("expenditure." + cat.name());
            AmountField f = amount(path, "expenditure-" + cat.name(), label);
            bindings.bindAmount(f, Lens.of(path, r -> r.finances().expenditure().get(cat),
                    (r, v) -> r.withFinances(r.finances().withExpenditure(cat, v))));
            Label share = derived("expenditure-share-" + cat.name());
            expenditureShares.put(cat, share);
            s.addRow(label, f, share);
        }
        s.addRow(Messages.get("finances.expenditure.total"), expenditureTotal, null);
        s.addBelow(expenditureStated.node());
        financeRow(s, "personnelExpenses", Messages.get("finances.expenditure.personnel"), Finances::personnelExpenses,
                Finances::withPersonnelExpenses, null);
        financeRow(s, "publicExpenses", Messages.get("finances.expenditure.public"), Finances::publicExpenses,
                Finances::withPublicExpenses, null);
        financeRow(s, "priorExpenditureTotal", Messages.get("finances.expenditure.prior"), Finances::priorExpenditureTotal,
                Finances::withPriorExpenditureTotal, expenditureChange);
        s.addBelow(paragraph("finances.expenditureText", "expenditure-text", Finances::expenditureText,
                Finances::withExpenditureText, GeneratedTexts::expenditure));
        return s;
    }

    private FormSection carryoverSection() {
        FormSection s = new FormSection(Messages.get("finances.carryover.title"));
        carryoverRow(s, "basic", Carryover::basic, Carryover::withBasic);
        carryoverRow(s, "project", Carryover::project, Carryover::withProject);
        carryoverRow(s, "surplus", Carryover::surplus, Carryover::withSurplus);
        s.addRow(Messages.get("finances.carryover.total"), carryoverTotal, null);
        carryoverRow(s, "priorYearTotal", Carryover::priorYearTotal, Carryover::withPriorYearTotal);
        s.addRow(Messages.get("finances.carryover.change"), carryoverChange, null);
        s.addBelow(paragraph("finances.carryoverText", "carryover-text", Finances::carryoverText,
                Finances::withCarryoverText, GeneratedTexts::carryover));
        return s;
    }

    private void carryoverRow(FormSection s, String name, Function<Carryover, BigDecimal> get,
            java.util.function.BiFunction<Carryover, BigDecimal, Carryover> set) {
        String path = "finances.carryover." + name;
        String label = Messages.get("finances.carryover." + name);
        AmountField f = amount(path, "carryover-" + name, label);
        bindings.bindAmount(f, Lens.of(path, r -> get.apply(r.finances().carryover()),
                (r, v) -> r.withFinances(r.finances().withCarryover(set.apply(r.finances().carryover(), v)))));
        s.addRow(label, f, null);
    }

    /** One optional amount of chapter 二 kept on {@link Finances} itself (上年合计, 人员经费, 公用经费). */
    private void financeRow(FormSection s, String name, String label, Function<Finances, BigDecimal> get,
            java.util.function.BiFunction<Finances, BigDecimal, Finances> set, Label derived) {
        String path = "finances." + name;
        AmountField f = amount(path, name, label);
        bindings.bindAmount(f, Lens.of(path, r -> get.apply(r.finances()), (r, v) -> r.withFinances(set.apply(r.finances(), v))));
        s.addRow(label, f, derived);
    }

    private AmountField amount(String path, String id, String name) {
        AmountField f = new AmountField();
        f.setFieldId(id);
        f.setFieldName(name);
        controls.put(path, f);
        return f;
    }

    private GeneratedTextBox paragraph(String path, String id, Function<Finances, String> get,
            java.util.function.BiFunction<Finances, String, Finances> set, Function<Report, String> generator) {
        GeneratedTextBox box = new GeneratedTextBox();
        box.setFieldId(id);
        bindings.bindGenerated(box, Lens.of(path, r -> get.apply(r.finances()),
                (r, v) -> r.withFinances(set.apply(r.finances(), v))), generator);
        controls.put(path, box);
        return box;
    }

    private static Label derived(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("derived-figure");
        return l;
    }

    private void refreshDerived(Report report) {
        Finances f = report.finances();
        BigDecimal income = f.incomeTotal();
        incomeTotal.setText(Messages.format("figure.amount", Money.format(income)));
        incomeShares.forEach((src, label) -> label.setText(share(f.income().get(src), income)));
        BigDecimal spent = f.expenditureTotal();
        expenditureTotal.setText(Messages.format("figure.amount", Money.format(spent)));
        expenditureShares.forEach((cat, label) -> label.setText(share(f.expenditure().get(cat), spent)));
        incomeChange.setText(yearOnYear(income, f.priorIncomeTotal()));
        expenditureChange.setText(yearOnYear(spent, f.priorExpenditureTotal()));
        incomeStated.show(f.statedIncomeTotal(), income);
        expenditureStated.show(f.statedExpenditureTotal(), spent);
        Carryover c = f.carryover();
        carryoverTotal.setText(Messages.format("figure.amount", Money.format(c.total())));
        carryoverChange.setText(change(c.total(), c.priorYearTotal()));
    }

    private static String share(BigDecimal part, BigDecimal total) {
        if (part == null) {
            return "";
        }
        return Percent.rounded(part, total).map(p -> Messages.format("figure.share", Percent.format(p))).orElse("");
    }

    private static String yearOnYear(BigDecimal now, BigDecimal before) {
        return YearOnYear.of(now, before).map(y -> {
            if (Money.shown(y.change()).signum() == 0) {
                return Messages.get("finances.change.same");
            }
            String pct = y.percent().map(Percent::format).orElse("—");
            return Messages.format(y.change().signum() > 0 ? "finances.change.up" : "finances.change.down",
                    Money.format(y.change().abs()), pct);
        }).orElse(Messages.get("finances.change.none"));
    }

    private static String change(BigDecimal now, BigDecimal before) {
        if (before == null) {
            return Messages.get("finances.carryover.noPrior");
        }
        return Percent.rounded(now.subtract(before), before).map(p -> p.signum() < 0
                ? Messages.format("figure.decrease", Percent.format(p.negate()))
                : Messages.format("figure.increase", Percent.format(p))).orElse(Messages.get("finances.carryover.noPrior"));
    }

    @Override
    public java.util.Optional<javafx.scene.control.Control> control(org.selfeval.model.FieldPath fieldPath) {
        return java.util.Optional.ofNullable(controls.get(fieldPath.toString())).flatMap(org.selfeval.ui.controls.FieldNodes::controlOf);
    }

    @Override
    public String chapter() {
        return "二";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public boolean focus(org.selfeval.model.FieldPath fieldPath) {
        Node n = controls.get(fieldPath.toString());
        if (n == null && !fieldPath.isEmpty()) {
            org.selfeval.model.FieldPath enclosing = fieldPath.parent().isEmpty() ? fieldPath : fieldPath.parent();
            n = controls.entrySet().stream().filter(e -> org.selfeval.model.FieldPath.of(e.getKey()).isWithin(enclosing))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (n == null) {
            return false;
        }
        Node target = n;
        root.layout();
        target.requestFocus();
        ensureVisible(target);
        return true;
    }

    private void ensureVisible(Node node) {
        double contentHeight = root.getContent().getBoundsInLocal().getHeight();
        double y = root.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
        double viewport = root.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            root.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
        }
    }
}
