package org.selfeval.intake.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.TestReports;
import org.selfeval.intake.Found;
import org.selfeval.intake.ImportPreview;
import org.selfeval.intake.SourceKind;
import org.selfeval.intake.Target;
import org.selfeval.intake.Targets;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.FundSource;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.model.StaffCategory;

/** The sample's original published text reads to the figures and paragraphs the sample holds. */
class PublishedReportSampleTest {
    static final Path ORIGINAL = Path.of("sample-data/leshan-2023-original.txt");

    /** Every figure target the original's sentences state. */
    static final List<Target<?>> FIGURES = List.of(
            Targets.income(IncomeSource.GENERAL_PUBLIC_BUDGET), Targets.income(IncomeSource.GOVERNMENT_FUND),
            Targets.income(IncomeSource.STATE_CAPITAL), Targets.income(IncomeSource.INSTITUTION_OPERATION),
            Targets.income(IncomeSource.BUSINESS), Targets.income(IncomeSource.AFFILIATED_REMITTANCE),
            Targets.income(IncomeSource.OTHER),
            Targets.expenditure(ExpenditureCategory.BASIC), Targets.expenditure(ExpenditureCategory.PROJECT),
            Targets.expenditure(ExpenditureCategory.REMIT_TO_SUPERIOR), Targets.expenditure(ExpenditureCategory.BUSINESS),
            Targets.expenditure(ExpenditureCategory.SUBSIDY_TO_AFFILIATED),
            Targets.CARRYOVER_BASIC, Targets.CARRYOVER_PROJECT,
            Targets.PUBLIC_EXPENSES_INITIAL, Targets.PUBLIC_EXPENSES_ADJUSTED, Targets.PUBLIC_EXPENSES_EXECUTED,
            Targets.SCORE,
            Targets.establishment(StaffCategory.ADMINISTRATIVE), Targets.establishment(StaffCategory.WORKER),
            Targets.establishment(StaffCategory.INSTITUTION),
            Targets.actualStaff(StaffCategory.ADMINISTRATIVE), Targets.actualStaff(StaffCategory.WORKER),
            Targets.actualStaff(StaffCategory.INSTITUTION),
            Targets.LONG_TERM_HIRED, Targets.YEAR);

    /** Every paragraph target the original fills (it has no title, and 部门整体支出绩效目标 is empty). */
    static final List<Target<String>> TEXTS = List.of(
            Targets.ORGANIZATION, Targets.FUNCTIONS, Targets.STAFFING_TEXT, Targets.TASKS_INTRO,
            Targets.INCOME_TEXT, Targets.EXPENDITURE_TEXT, Targets.CARRYOVER_TEXT, Targets.DUTY_INTRO,
            Targets.TARGET_SETTING, Targets.GOAL_ACHIEVEMENT_TEXT, Targets.SPENDING_CONTROL_TEXT, Targets.TIMELY_HANDLING,
            Targets.BUDGET_COMPLETION, Targets.SURPLUS_AND_VIOLATIONS, Targets.INTERNAL_USE, Targets.DISCLOSURE,
            Targets.RECTIFICATION, Targets.CONCLUSION_TEXT, Targets.PROBLEMS, Targets.SUGGESTIONS);

    static Report sample;

    @BeforeAll
    static void load() throws Exception {
        sample = TestReports.sample();
    }

    @Test
    void theOriginalTextGivesTheSamplesFiguresAndParagraphs() throws Exception {
        ImportPreview preview = new PublishedReportReader().read(ORIGINAL);

        assertThat(preview.kind()).isEqualTo(SourceKind.PUBLISHED_REPORT);
        assertSameAsSample(preview);
        assertParagraphsAsSample(preview);
        Map<String, Found<?>> byKey = byKey(preview);
        assertThat(byKey.get(Targets.income(IncomeSource.GENERAL_PUBLIC_BUDGET).key().value()).source())
                .contains("一般公共预算财政拨款收入1123.58万元");
        assertThat((BigDecimal) byKey.get(Targets.SCORE.key().value()).value()).isEqualByComparingTo("97.5");
    }

    @Test
    void theOtherFormsOfHeadingNumbersReadTheSame(@TempDir Path dir) throws Exception {
        // （一） with full-width brackets, "1、" for "1.", and "一." for "一、"
        String text = Files.readString(ORIGINAL, StandardCharsets.UTF_8)
                .replaceAll("(?m)^\\(([一二三四五六七八九十])\\)", "（$1）")
                .replaceAll("(?m)^(\\d)\\.(?!\\d)", "$1、")
                .replaceAll("(?m)^([一二三四])、", "$1.");
        assertThat(text).contains("（一）机构组成").contains("1、机构职能").contains("二.部门财政资金收支情况");
        Path variant = dir.resolve("变体.txt");
        Files.writeString(variant, text, StandardCharsets.UTF_8);

        ImportPreview preview = new PublishedReportReader().read(variant);

        assertSameAsSample(preview);
        assertParagraphsAsSample(preview);
    }

    @Test
    void whatTheOriginalLacksIsNamedInChinese() throws Exception {
        ImportPreview preview = new PublishedReportReader().read(ORIGINAL);

        assertThat(preview.notFound()).anyMatch(s -> s.contains("部门整体支出绩效目标") && s.contains("没有正文"));
        assertThat(preview.notFound()).anyMatch(s -> s.contains("报告标题"));
        assertThat(preview.notices()).anyMatch(s -> s.contains("在职人员 37 人") && s.contains("合计 36 人"));
        assertThat(preview.notices()).anyMatch(s -> s.contains("附件") && s.contains("不动产"));
        assertThat(preview.notices()).anyMatch(s -> s.contains("年度主要工作任务") && s.contains("5 段"));
        // the three items of 三(一), numbered （一）（二）（三） like sections, stay items of 履职绩效分析
        assertThat(preview.notices()).anyMatch(s -> s.contains("部门整体履职绩效分析") && s.contains("3 段"));
        assertThat(preview.notFound()).hasSize(2);
    }

    @Test
    void theProjectOfChapterThreeCarriesItsBudgetAndUse() throws Exception {
        ImportPreview preview = new PublishedReportReader().read(ORIGINAL);
        Project expected = sample.projects().get(0);

        Project read = (Project) byKey(preview).get(Targets.project(expected.name()).key().value()).value();

        assertThat(read.name()).isEqualTo(expected.name());
        assertThat(read.funds(FundSource.FISCAL)).isEqualTo(expected.funds(FundSource.FISCAL));
        assertThat(read.reportText()).isEqualTo(expected.reportText());
        assertThat(preview.found().stream().filter(f -> f.target().key().value().startsWith("projects."))).hasSize(1);
    }

    /** The figure targets found are exactly {@link #FIGURES}, each with the sample's value. */
    static void assertSameAsSample(ImportPreview preview) {
        List<Found<?>> figures = preview.found().stream()
                .filter(f -> f.value() instanceof BigDecimal || f.value() instanceof Integer).toList();
        assertThat(figures).extracting(f -> f.target().key().value())
                .containsExactlyInAnyOrderElementsOf(FIGURES.stream().map(t -> t.key().value()).toList());
        for (Found<?> f : figures) {
            Object expected = f.target().valueIn(sample);
            assertThat(expected).as(f.target().label()).isNotNull();
            if (expected instanceof BigDecimal e) {
                assertThat((BigDecimal) f.value()).as(f.target().label()).isEqualByComparingTo(e);
            } else {
                assertThat(f.value()).as(f.target().label()).isEqualTo(expected);
            }
        }
    }

    static void assertParagraphsAsSample(ImportPreview preview) {
        Map<String, Found<?>> byKey = byKey(preview);
        assertThat(preview.found().stream().filter(f -> f.value() instanceof String).map(f -> f.target().key().value()))
                .containsExactlyInAnyOrderElementsOf(TEXTS.stream().map(t -> t.key().value()).toList());
        for (Target<String> t : TEXTS) {
            assertThat(plain((String) byKey.get(t.key().value()).value())).as(t.label()).isEqualTo(plain(t.valueIn(sample)));
        }
    }

    static Map<String, Found<?>> byKey(ImportPreview preview) {
        return preview.found().stream().collect(Collectors.toMap(f -> f.target().key().value(), f -> f));
    }

    /** The money found for the key, equal to the expected amount. */
    static void assertMoney(Map<String, Found<?>> found, String key, String expected) {
        assertThat(found).as(key).containsKey(key);
        assertThat((BigDecimal) found.get(key).value()).as(key).isEqualByComparingTo(expected);
    }

    static String plain(String s) {
        return s == null ? null : s.replaceAll("\\s+", "");
    }
}
