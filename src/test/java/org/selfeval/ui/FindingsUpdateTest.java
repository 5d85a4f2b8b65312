package org.selfeval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.selfeval.audit.Finding;
import org.selfeval.audit.FindingNotes;
import org.selfeval.audit.Location;
import org.selfeval.audit.Severity;
import org.selfeval.edit.ReportEditor;
import org.selfeval.narrative.Seed;
import org.selfeval.ui.chapter.ChapterPane;
import org.selfeval.ui.chapter.FieldControls;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A new audit result changes only what changed: a finding that is gone leaves the tree and its
 * field's mark goes, a new one appears with its mark, an unchanged one keeps its line, the
 * selection stays on it and a folded chapter stays folded.
 */
@ExtendWith(ApplicationExtension.class)
class FindingsUpdateTest {
    private static final Finding INCOME = finding("R1", Severity.ERROR, "二", "finances.income.GENERAL_PUBLIC_BUDGET", "收入合计不符");
    private static final Finding EXPENSE = finding("R2", Severity.WARNING, "二", "finances.expense", "支出说明缺少原因");
    private static final Finding STAFF = finding("R3", Severity.INFO, "一", "basics.staff", "人员 12 人");
    private static final Finding NEW = finding("R4", Severity.WARNING, "二", "finances.income.GENERAL_PUBLIC_BUDGET", "新的提示");

    private TextField income;
    private TextField expense;
    private FindingsPane pane;
    private ChapterRegistry registry;
    private final FxRobot robot = new FxRobot();

    private static Finding finding(String rule, Severity s, String chapter, String path, String message) {
        return new Finding(rule, s, message, new Location(chapter, path), "测试");
    }

    @Start
    void start(Stage stage) {
        income = new TextField();
        expense = new TextField();
        pane = new FindingsPane(f -> { });
        registry = new ChapterRegistry(new ReportEditor(Seed.sample()));
        registry.register("二", e -> new Fields(new VBox(income, expense)));
        stage.setScene(new Scene(new VBox(registry.pane("二").node(), pane), 600, 600));
        stage.show();
    }

    /** Results from one preparer, as in the window (each aligned with the one before), or each on its own. */
    private FindingsView.Preparer preparer;

    private void show(FieldDecorations decorations, Finding... findings) {
        robot.interact(() -> {
            if (preparer != null) {
                pane.show(preparer.prepare(FindingNotes.pair(List.of(findings), List.of()), List.of()));
            } else {
                pane.showNoted(FindingNotes.pair(List.of(findings), List.of()), List.of());
            }
            decorations.apply(pane.findings(), registry);
        });
    }

    private TreeView<Object> tree() {
        return robot.lookup("#findings-tree").queryAs(TreeView.class);
    }

    private Optional<TreeItem<Object>> item(String rule) {
        return tree().getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                .filter(i -> i.getValue() instanceof Finding f && f.ruleId().equals(rule)).findFirst();
    }

    private TreeItem<Object> group(String chapter) {
        return tree().getRoot().getChildren().stream()
                .filter(g -> g.getValue() instanceof FindingsPane.ChapterGroup c && c.chapter().equals(chapter)).findFirst().orElseThrow();
    }

    @Test
    void aFixedFindingGoesANewOneComesTheSelectionAndFoldingStay() {
        fixedAndNew();
    }

    @Test
    void theSameWithResultsAlignedOneAfterTheOther() {
        preparer = new FindingsView.Preparer();
        fixedAndNew();
    }

    @Test
    void aResultPreparedButNotShownLeavesTheNextOneToBeMatchedById() {
        preparer = new FindingsView.Preparer();
        FieldDecorations decorations = new FieldDecorations();
        show(decorations, INCOME, EXPENSE, STAFF);
        TreeItem<Object> expenseItem = item("R2").orElseThrow();
        preparer.prepare(FindingNotes.pair(List.of(EXPENSE), List.of()), List.of()); // dropped: a later one came
        show(decorations, NEW, copy(EXPENSE), copy(STAFF));
        assertThat(item("R1")).isEmpty();
        assertThat(item("R4")).isPresent();
        assertThat(item("R2")).containsSame(expenseItem);
        assertThat(pane.findings()).extracting(Finding::ruleId).containsExactly("R4", "R2", "R3");
        assertThat(group("二").getValue().toString()).contains("警告 2");
    }

    private void fixedAndNew() {
        FieldDecorations decorations = new FieldDecorations();
        show(decorations, INCOME, EXPENSE, STAFF);
        assertThat(decorations.marks()).containsOnlyKeys(income, expense);
        assertThat(Decorator.getDecorations(income)).hasSize(1);
        TreeItem<Object> expenseItem = item("R2").orElseThrow();
        robot.interact(() -> {
            tree().getSelectionModel().select(expenseItem);
            group("一").setExpanded(false);
        });

        // the income error is fixed, a new warning on the same field appears; the rest is the same audit again
        show(decorations, copy(EXPENSE), NEW, copy(STAFF));

        assertThat(item("R1")).isEmpty();
        assertThat(item("R4")).isPresent();
        assertThat(item("R2")).containsSame(expenseItem);
        assertThat(tree().getSelectionModel().getSelectedItem()).isSameAs(expenseItem);
        assertThat(group("一").isExpanded()).isFalse();
        assertThat(group("二").getValue().toString()).contains("警告 2");
        assertThat(decorations.marks().get(income)).contains("新的提示");
        assertThat(decorations.marks().get(expense)).contains("支出说明缺少原因");
        assertThat(Decorator.getDecorations(income)).hasSize(1);

        // the selected finding is fixed too: its line goes and nothing is selected; its field is no longer marked
        show(decorations, NEW, STAFF);
        assertThat(item("R2")).isEmpty();
        assertThat(tree().getSelectionModel().getSelectedItem()).isNull();
        assertThat(decorations.marks()).containsOnlyKeys(income);
        assertThat(Decorator.getDecorations(expense) == null || Decorator.getDecorations(expense).isEmpty()).isTrue();

        // nothing left in the chapter: its group goes; all fixed: the marks go
        show(decorations, STAFF);
        assertThat(tree().getRoot().getChildren()).extracting(TreeItem::getValue)
                .allMatch(v -> v instanceof FindingsPane.ChapterGroup c && c.chapter().equals("一"));
        show(decorations);
        assertThat(tree().getRoot().getChildren()).isEmpty();
        assertThat(decorations.marks()).isEmpty();
        assertThat(Decorator.getDecorations(income) == null || Decorator.getDecorations(income).isEmpty()).isTrue();
    }

    @Test
    void aChangedMessageOfTheSameFindingUpdatesItsLineAndItsMarkInPlace() {
        changedMessage();
    }

    @Test
    void theSameWithAlignedResults() {
        preparer = new FindingsView.Preparer();
        changedMessage();
    }

    private void changedMessage() {
        FieldDecorations decorations = new FieldDecorations();
        show(decorations, INCOME, EXPENSE);
        TreeItem<Object> incomeItem = item("R1").orElseThrow();
        robot.interact(() -> tree().getSelectionModel().select(incomeItem));
        show(decorations, finding("R1", Severity.ERROR, "二", "finances.income.GENERAL_PUBLIC_BUDGET", "收入合计差 3 万元"), EXPENSE);
        assertThat(item("R1")).containsSame(incomeItem);
        assertThat(((Finding) incomeItem.getValue()).message()).isEqualTo("收入合计差 3 万元");
        assertThat(tree().getSelectionModel().getSelectedItem()).isSameAs(incomeItem);
        assertThat(decorations.marks().get(income)).contains("收入合计差 3 万元");
        assertThat(Decorator.getDecorations(income)).hasSize(1);
    }

    /**
     * A changed finding is drawn anew in its own line only: the other lines keep what they drew (the
     * tree is not asked to update every line it shows), the chapter's counts change in its line, and a
     * message that now wraps to more lines makes its line taller, pushing the next one down.
     */
    @Test
    void aChangedFindingRedrawsItsOwnLineOnly() {
        preparer = new FindingsView.Preparer();
        FieldDecorations decorations = new FieldDecorations();
        show(decorations, INCOME, EXPENSE, STAFF);
        String expenseText = cell(item("R2").orElseThrow()).getText();
        String staffText = cell(item("R3").orElseThrow()).getText();

        show(decorations, finding("R1", Severity.ERROR, "二", "finances.income.GENERAL_PUBLIC_BUDGET", "收入合计差 3 万元"),
                copy(EXPENSE), copy(STAFF));
        assertThat(cell(item("R1").orElseThrow()).getText()).contains("收入合计差 3 万元");
        assertThat(cell(item("R2").orElseThrow()).getText()).isSameAs(expenseText);
        assertThat(cell(item("R3").orElseThrow()).getText()).isSameAs(staffText);

        show(decorations, finding("R1", Severity.WARNING, "二", "finances.income.GENERAL_PUBLIC_BUDGET", "收入合计差 3 万元"),
                copy(EXPENSE), copy(STAFF));
        assertThat(cell(group("二")).getText()).contains("错误 0").contains("警告 2");
        assertThat(cell(item("R1").orElseThrow()).getPseudoClassStates()).extracting(Object::toString).contains("warning")
                .doesNotContain("error");

        double oneLine = cell(item("R1").orElseThrow()).getHeight();
        String longMessage = "收入合计与各项收入之和不符，".repeat(12);
        show(decorations, finding("R1", Severity.WARNING, "二", "finances.income.GENERAL_PUBLIC_BUDGET", longMessage),
                copy(EXPENSE), copy(STAFF));
        robot.interact(() -> { });
        javafx.scene.control.TreeCell<?> grown = cell(item("R1").orElseThrow());
        javafx.scene.control.TreeCell<?> next = cell(item("R2").orElseThrow());
        assertThat(grown.getText()).contains(longMessage);
        assertThat(grown.getHeight()).isGreaterThan(oneLine);
        assertThat(next.getLayoutY()).isGreaterThanOrEqualTo(grown.getLayoutY() + grown.getHeight() - 0.5);
    }

    /** The cell showing a line of the tree. */
    private javafx.scene.control.TreeCell<?> cell(TreeItem<Object> line) {
        return robot.lookup(".tree-cell").match((javafx.scene.control.TreeCell<?> c) -> c.getTreeItem() == line && c.isVisible())
                .query();
    }

    private static Finding copy(Finding f) {
        return new Finding(f.ruleId(), f.severity(), new String(f.message()), f.location(), f.source());
    }

    /** A chapter form of two fields. */
    private final class Fields implements ChapterPane, FieldControls {
        private final Node node;

        Fields(Node node) {
            this.node = node;
        }

        @Override
        public String chapter() {
            return "二";
        }

        @Override
        public Node node() {
            return node;
        }

        @Override
        public Optional<Control> control(org.selfeval.model.FieldPath fieldPath) {
            return Optional.ofNullable(fieldPath.equals(INCOME.location().field()) ? income
                    : fieldPath.equals(EXPENSE.location().field()) ? expense : null);
        }
    }
}
