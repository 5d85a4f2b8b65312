package org.selfeval.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.selfeval.TestReports;
import org.selfeval.model.Headcount;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.model.StaffCategory;

class TargetsTest {
    @Test
    void everyTargetTakesAValueAndGivesItBackLeavingTheOthersAlone() throws Exception {
        Report sample = TestReports.sample();
        Set<String> labels = new HashSet<>();
        for (Target<?> t : Targets.all()) {
            assertThat(labels.add(t.label())).as("label of %s is unique", t).isTrue();
            Object value = valueFor(t);
            Report changed = set(t, sample, value);
            assertThat(found(t, value).changes(changed)).as(t.key().value()).isFalse();
            assertThat(t.valueIn(changed)).as(t.key().value()).isNotNull().isNotEqualTo(t.valueIn(sample));
            for (Target<?> other : Targets.all()) {
                if (!other.equals(t)) {
                    assertThat(other.valueIn(changed)).as("%s untouched by %s", other, t).isEqualTo(other.valueIn(sample));
                }
            }
        }
    }

    @Test
    void aStaffCountReplacesThatKindKeepingItsWording() throws Exception {
        Report sample = TestReports.sample();
        Headcount before = sample.basics().staffing().actual().stream()
                .filter(h -> h.category() == StaffCategory.ADMINISTRATIVE).findFirst().orElseThrow();
        Report r = Targets.actualStaff(StaffCategory.ADMINISTRATIVE).withValue(sample, 99);
        assertThat(r.basics().staffing().actual()).contains(new Headcount(StaffCategory.ADMINISTRATIVE, before.label(), 99));
        assertThat(r.basics().staffing().actualOf(StaffCategory.ADMINISTRATIVE)).isEqualTo(99);
        assertThat(r.basics().staffing().actual()).hasSize(sample.basics().staffing().actual().size()
                - (int) sample.basics().staffing().actual().stream().filter(h -> h.category() == StaffCategory.ADMINISTRATIVE).count() + 1);
    }

    @Test
    void aProjectOfTheSameNameIsReplacedKeepingItsIdAndANewOneIsAdded() throws Exception {
        Report sample = TestReports.sample();
        Project first = sample.projects().get(0);
        Project renamedCopy = first.withId("other-id").withProblems("导入的问题");
        Report r = Targets.project(first.name()).withValue(sample, renamedCopy);
        assertThat(r.projects()).hasSize(sample.projects().size());
        assertThat(r.projects().get(0).id()).isEqualTo(first.id());
        assertThat(r.projects().get(0).problems()).isEqualTo("导入的问题");
        Report added = Targets.project("新项目").withValue(sample, first.withName("新项目").withId("n"));
        assertThat(added.projects()).hasSize(sample.projects().size() + 1);
        assertThat(Targets.byKey(new TargetKey("projects.新项目")).orElseThrow().valueIn(added)).isNotNull();
    }

    @Test
    void aPreviewAppliesOnlyWhatIsTaken() throws Exception {
        Report sample = TestReports.sample();
        Found<BigDecimal> a = new Found<>(Targets.income(IncomeSource.OTHER), new BigDecimal("5.5"), "表1 C9");
        Found<BigDecimal> b = new Found<>(Targets.PERSONNEL_EXPENSES, new BigDecimal("700"), "表6 C5");
        ImportPreview preview = new ImportPreview("x.xlsx", SourceKind.FINAL_ACCOUNTS, java.util.List.of(a, b), java.util.List.of(), java.util.List.of());
        Report r = preview.apply(sample, f -> f == a);
        assertThat(r.finances().income(IncomeSource.OTHER)).isEqualByComparingTo("5.5");
        assertThat(r.finances().personnelExpenses()).isEqualTo(sample.finances().personnelExpenses());
        assertThat(a.before(Report.empty("e", 2023, null))).isEqualTo("（空）");
        assertThat(a.after()).isEqualTo("5.50 万元");
        assertThat(a.changes(sample)).isTrue();
        assertThat(a.changes(r)).isFalse();
        assertThat(new Found<>(Targets.income(IncomeSource.OTHER), new BigDecimal("5.500"), "").changes(r)).isFalse();
    }

    @Test
    void theReportFilePreviewRebuildsTheSampleFiguresInAnEmptyReport() throws Exception {
        Report sample = TestReports.sample();
        ImportPreview p = ReportFileReader.of(sample, "s.json", SourceKind.REPORT_FILE, "报告文件");
        Report rebuilt = p.applyAll(Report.empty("x", 2000, null));
        assertThat(rebuilt.year()).isEqualTo(sample.year());
        assertThat(rebuilt.finances().income()).isEqualTo(sample.finances().income());
        assertThat(rebuilt.finances().expenditure()).isEqualTo(sample.finances().expenditure());
        assertThat(rebuilt.finances().carryover()).isEqualTo(sample.finances().carryover());
        assertThat(rebuilt.basics().staffing().actualTotal()).isEqualTo(sample.basics().staffing().actualTotal());
        assertThat(rebuilt.conclusion().score()).isEqualTo(sample.conclusion().score());
        assertThat(rebuilt.projects()).extracting(Project::name).isEqualTo(sample.projects().stream().map(Project::name).toList());
        assertThat(p.changes(sample)).isEmpty();
    }

    private static Object valueFor(Target<?> t) {
        if (t.type() == BigDecimal.class) {
            return t.equals(Targets.SCORE) ? new BigDecimal("88.5") : new BigDecimal("4321.123456");
        }
        if (t.type() == Integer.class) {
            return t.equals(Targets.YEAR) ? 2031 : 77;
        }
        return "导入的段落：" + t.label();
    }

    @SuppressWarnings("unchecked")
    private static <V> Found<V> found(Target<V> t, Object value) {
        return new Found<>(t, (V) value, "");
    }

    @SuppressWarnings("unchecked")
    private static <V> Report set(Target<V> t, Report r, Object value) {
        return t.withValue(r, (V) value);
    }
}
