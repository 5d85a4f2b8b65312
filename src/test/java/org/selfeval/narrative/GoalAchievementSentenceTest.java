package org.selfeval.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfeval.narrative.SeedSentencesTest.indicator;
import static org.selfeval.narrative.SeedSentencesTest.project;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.model.Department;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.IndicatorOutcome;
import org.selfeval.model.PerformanceTargets;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

class GoalAchievementSentenceTest {
    private static final BigDecimal T30 = IndicatorOutcome.DEFAULT_OVER_THRESHOLD_PERCENT;

    private static Report report(List<Indicator> dept, List<Project> projects) {
        Report r = Report.empty("r", 2023, new Department("某局", "某局"));
        return r.withBasics(r.basics().withTargets(new PerformanceTargets("", dept))).withProjects(projects);
    }

    @Test
    void nothingSet() {
        assertThat(GoalAchievementSentence.of(report(List.of(), List.of()), T30)).isEmpty();
        assertThat(GoalAchievementSentence.of(report(List.of(indicator("a", "1", "1")), List.of()), T30))
                .isEqualTo("2023年度部门整体支出绩效目标中设定三级指标1个，实际完成指标1个，"
                        + "没有未达到预期指标或超过预期指标30%以上的单个指标。未申报特定目标类预算项目。");
    }

    @Test
    void namesTheIndicatorsThatMissOrExceedTheirTarget() {
        List<Indicator> dept = List.of(indicator("办件量", "100", "80"), indicator("满意度", "90", "95"),
                indicator("培训人次", "100", "150"), indicator("好评率", "95", "优"));
        String s = GoalAchievementSentence.of(report(dept, List.of()), T30);
        assertThat(s).isEqualTo("2023年度部门整体支出绩效目标中设定三级指标4个，实际完成指标2个；未达到预期的指标1个（办件量），"
                + "超过预期指标30%以上的指标1个（培训人次）；另有1个指标（好评率）的完成值无法与指标值比较。"
                + "未申报特定目标类预算项目。");
    }

    @Test
    void unknownRowsQualifyTheClaim() {
        String s = GoalAchievementSentence.of(report(List.of(indicator("a", "1", "1"), indicator("b", "1", "完成")),
                List.of()), T30);
        assertThat(s).startsWith("2023年度部门整体支出绩效目标中设定三级指标2个，实际完成指标1个，在可比较的指标中没有未达到预期指标"
                + "或超过预期指标30%以上的单个指标；另有1个指标（b）的完成值无法与指标值比较。");
    }

    @Test
    void aProjectBelowNinetyPercentExecutionOrWithAShortIndicatorIsNotCompleted() {
        List<Project> projects = List.of(
                project("甲", "100", "95", indicator("x", "10", "10")),
                project("乙", "100", "89.99", indicator("y", "10", "10")),
                project("丙", "100", "100", indicator("z", "10", "9")));
        String s = GoalAchievementSentence.of(report(List.of(), projects), T30);
        assertThat(s).endsWith("申报特定目标类预算项目3个，实际完成特定目标类预算项目1个；未达到预期的指标1个（丙：z）。");
    }

    @Test
    void projectsWithoutIndicatorsSaySo() {
        String s = GoalAchievementSentence.of(report(List.of(), List.of(project("甲", "10", "10"))), T30);
        assertThat(s).endsWith("申报特定目标类预算项目1个，实际完成特定目标类预算项目1个，项目未设定绩效指标。");
    }

    @Test
    void theThresholdIsASettingAndAppearsInTheText() {
        Indicator row = new Indicator("成本指标", "经济成本指标", "成本", IndicatorNature.AT_MOST, "60", "万元", "50",
                BigDecimal.TEN, null, null, "");
        Report r = report(List.of(row), List.of());
        assertThat(GoalAchievementSentence.of(r, T30)).contains("没有未达到预期指标或超过预期指标30%以上的单个指标");
        assertThat(GoalAchievementSentence.of(r, new BigDecimal("15"))).contains("超过预期指标15%以上的指标1个（成本）");
    }

    @Test
    void longListsAreCutAfterTenNames() {
        List<Indicator> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            rows.add(indicator("n" + i, "10", "1"));
        }
        String s = GoalAchievementSentence.of(report(rows, List.of()), T30);
        assertThat(s).contains("未达到预期的指标12个（n1、n2、n3、n4、n5、n6、n7、n8、n9、n10等）");
    }
}
