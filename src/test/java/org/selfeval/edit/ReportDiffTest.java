package org.selfeval.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.Money;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

class ReportDiffTest {
    private Report seed;

    @BeforeEach
    void read() throws Exception {
        seed = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
    }

    @Test
    void aReportEqualsItself() {
        assertThat(ReportDiff.between(seed, seed)).isEmpty();
    }

    @Test
    void anAmountShowsOldAndNewWithTwoDecimalsAndScaleAloneIsNoChange() {
        BigDecimal old = seed.finances().income(IncomeSource.GENERAL_PUBLIC_BUDGET);
        Report changed = seed.withFinances(seed.finances().withIncome(IncomeSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("1000")));
        List<FieldChange> diff = ReportDiff.between(seed, changed);
        assertThat(diff).containsExactly(new FieldChange("二、收支 · 收入 · 一般公共预算财政拨款收入", Money.format(old), "1000.00"));
        assertThat(diff.get(0).line()).isEqualTo("二、收支 · 收入 · 一般公共预算财政拨款收入：" + Money.format(old) + " → 1000.00");

        Report rescaled = seed.withFinances(seed.finances().withIncome(IncomeSource.GENERAL_PUBLIC_BUDGET, old.setScale(4)));
        assertThat(ReportDiff.between(seed, rescaled)).isEmpty();
    }

    @Test
    void aLongTextIsShortenedAndACountShowsItsNumbers() {
        String problems = "存在问题".repeat(20);
        Integer hired = seed.basics().staffing().longTermHired();
        Report changed = seed.withConclusion(seed.conclusion().withProblems(problems))
                .withBasics(seed.basics().withStaffing(seed.basics().staffing().withLongTermHired(hired == null ? 5 : hired + 5)));
        List<FieldChange> diff = ReportDiff.between(seed, changed);
        assertThat(diff).extracting(FieldChange::field).containsExactly("一、基本情况 · 长期聘用人员", "四、评价结论 · 存在问题");
        assertThat(diff.get(0).after()).isEqualTo(String.valueOf(hired == null ? 5 : hired + 5));
        FieldChange text = diff.get(1);
        assertThat(text.after()).endsWith("…").startsWith("存在问题存在问题");
        assertThat(text.after().codePointCount(0, text.after().length())).isEqualTo(DiffCollector.TEXT_LIMIT + 1);
    }

    @Test
    void aChangeDeepInALongTextIsShownWhereItIs() {
        String text = "一二三四五六七八九十".repeat(6);
        Report a = seed.withConclusion(seed.conclusion().withSuggestions(text + "原来的结尾"));
        Report b = seed.withConclusion(seed.conclusion().withSuggestions(text + "新的结尾"));
        FieldChange change = ReportDiff.between(a, b).get(0);
        assertThat(change.field()).isEqualTo("四、评价结论 · 改进建议");
        assertThat(change.before()).isEqualTo("…" + text.substring(text.length() - DiffCollector.CONTEXT) + "原来的结尾");
        assertThat(change.after()).isEqualTo("…" + text.substring(text.length() - DiffCollector.CONTEXT) + "新的结尾");
    }

    @Test
    void aChangeOfSpacingAloneIsStillAChange() {
        Report a = seed.withConclusion(seed.conclusion().withSuggestions("加强预算管理。\n强化绩效监控。"));
        Report b = seed.withConclusion(seed.conclusion().withSuggestions("加强预算管理。 强化绩效监控。"));
        assertThat(ReportDiff.between(a, b)).containsExactly(
                new FieldChange("四、评价结论 · 改进建议", "加强预算管理。 强化绩效监控。", DiffCollector.SPACING_ONLY));
    }

    @Test
    void projectsAddedAndRemovedAreNamed() {
        assertThat(seed.projects()).isNotEmpty();
        Project first = seed.projects().get(0);
        Project extra = first.withId("new-project").withName("新增测试项目");
        List<Project> projects = new ArrayList<>(seed.projects());
        projects.remove(0);
        projects.add(extra);
        List<FieldChange> diff = ReportDiff.between(seed, seed.withProjects(projects));
        assertThat(diff).hasSize(2);
        assertThat(diff.get(0).field()).contains(first.name()).endsWith("（删除）");
        assertThat(diff.get(0).after()).isEqualTo("（无）");
        assertThat(diff.get(1).field()).contains("新增测试项目").endsWith("（新增）");
        assertThat(diff.get(1).before()).isEqualTo("（无）");
        assertThat(diff.get(1).after()).contains("万元");
    }

    @Test
    void indicatorRowsChangedAddedAndRemoved() {
        int at = java.util.stream.IntStream.range(0, seed.projects().size())
                .filter(i -> seed.projects().get(i).indicators().size() > 1).findFirst().orElseThrow();
        Project first = seed.projects().get(at);
        List<Indicator> rows = new ArrayList<>(first.indicators());
        Indicator edited = rows.get(0).withActual("完成值已改");
        Indicator removed = rows.remove(1);
        rows.set(0, edited);
        rows.add(rows.get(0).withName("全新指标").withActual("1"));
        List<Project> projects = new ArrayList<>(seed.projects());
        projects.set(at, first.withIndicators(rows));
        List<FieldChange> diff = ReportDiff.between(seed, seed.withProjects(projects));
        assertThat(diff).extracting(FieldChange::field).containsExactly(
                "附表 · 项目“" + DiffCollector.shorten(first.name()) + "” · 指标 · “" + DiffCollector.shorten(edited.name()) + "” · 完成值",
                "附表 · 项目“" + DiffCollector.shorten(first.name()) + "” · 指标 · “" + DiffCollector.shorten(removed.name()) + "”（删除行）",
                "附表 · 项目“" + DiffCollector.shorten(first.name()) + "” · 指标 · “全新指标”（新增行）");
        assertThat(diff.get(0).after()).isEqualTo("完成值已改");
    }

    @Test
    void projectsInAnotherOrderAreAChange() {
        List<Project> reversed = new ArrayList<>(seed.projects());
        java.util.Collections.reverse(reversed);
        assertThat(reversed).hasSizeGreaterThan(1);
        List<FieldChange> diff = ReportDiff.between(seed, seed.withProjects(reversed));
        assertThat(diff).extracting(FieldChange::field).containsExactly("附表 · 项目顺序");
        assertThat(diff.get(0).before()).startsWith("[" + DiffCollector.shorten(seed.projects().get(0).name()));
        assertThat(diff.get(0).after()).startsWith("[" + DiffCollector.shorten(reversed.get(0).name()));
    }

    @Test
    void directionMatters() {
        Report changed = seed.withYear(seed.year() + 1);
        assertThat(ReportDiff.between(seed, changed)).containsExactly(
                new FieldChange("评价年度", String.valueOf(seed.year()), String.valueOf(seed.year() + 1)));
        assertThat(ReportDiff.between(changed, seed).get(0).before()).isEqualTo(String.valueOf(seed.year() + 1));
    }
}
