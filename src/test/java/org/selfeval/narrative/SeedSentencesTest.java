package org.selfeval.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.PerformanceTargets;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

/** The seed's figures (the sample file) give the seed's sentences, after half-/full-width normalising. */
class SeedSentencesTest {
    private final Report sample = Seed.sample();
    private final Narrative narrative = Narrative.of(sample);

    @Test
    void incomeParagraph() {
        String seed = Seed.sentence("2023年度收入合计", "。");
        // The seed writes "经营收入0万元占0%" without the comma every other source has (domain.md §5 item 16).
        assertThat(seed).contains("经营收入0万元占0%");
        String corrected = seed.replace("经营收入0万元占0%", "经营收入0万元，占0%");
        assertThat(narrative.generated(TextField.INCOME)).isEqualTo(corrected);
    }

    @Test
    void expenditureParagraph() {
        assertThat(narrative.generated(TextField.EXPENDITURE)).isEqualTo(Seed.sentence("2023年度支出合计", "。"));
    }

    @Test
    void carryoverParagraphWithThePriorYearTotal() {
        // The seed states only "较2022年度下降1.36%"; the sample leaves 上年末结转结余 out. 49.43 is the
        // figure the seed implies (domain.md §5 item 6: 48.76 / (1 − 1.36%) = 49.43).
        Report withPrior = sample.withFinances(sample.finances().withCarryover(
                sample.finances().carryover().withPriorYearTotal(new BigDecimal("49.43"))));
        assertThat(Narrative.of(withPrior).generated(TextField.CARRYOVER))
                .isEqualTo(Seed.sentence("2023年末一般公共预算财政拨款结转", "。"));
    }

    @Test
    void carryoverParagraphWithoutThePriorYearLeavesTheComparisonOut() {
        String seed = Seed.sentence("2023年末一般公共预算财政拨款结转", "。");
        assertThat(narrative.generated(TextField.CARRYOVER))
                .isEqualTo(seed.substring(0, seed.indexOf("，较")) + "。");
    }

    @Test
    void spendingControl() {
        assertThat(narrative.generated(TextField.SPENDING_CONTROL))
                .isEqualTo(Seed.sentence("2023年度部门公用经费", "。"));
    }

    @Test
    void projectFigures() {
        String seed = Seed.sentence("年初预算数157.3", "。");
        // House style writes every non-zero amount with two decimals: the seed's "157.3万元" is "157.30万元".
        String expected = seed.replace("157.3万元", "157.30万元");
        assertThat(narrative.projects().get(0).figures()).isEqualTo(expected);
        String own = Seed.fullWidth(sample.projects().get(0).reportText());
        assertThat(Seed.fullWidth(narrative.projects().get(0).full())).isEqualTo(expected + own);
    }

    @Test
    void staffingParagraph() {
        String generated = narrative.generated(TextField.STAFFING);
        // The seed says "年末实有在职人员37人" but its kinds add up to 23 + 1 + 12 = 36 (domain.md §5 item 1):
        // the total is the sum of the kinds. The seed's connecting words ("机构改革后", "保留",
        // "下属事业单位…核定") are not figures; the labels come from the sample's staffing rows.
        assertThat(Seed.text()).contains("年末实有在职人员37人");
        assertThat(generated).isEqualTo("核定行政编制18名，工勤编制1名，市政务服务中心事业编制18名。"
                + "设局长1名，副局长3名，机关党委书记1名。正科级领导职数6名，副科级领导职数4名。"
                + "年末实有在职人员36人，其中行政人员23人、机关工勤1人、下属事业单位事业人员12人。另有长期聘用2人。");
        for (String clause : List.of("行政编制18名", "工勤编制1名", "设局长1名，副局长3名，机关党委书记1名。",
                "正科级领导职数6名，副科级领导职数4名。", "其中行政人员23人、机关工勤1人、下属事业单位事业人员12人。",
                "另有长期聘用2人。")) {
            assertThat(Seed.fullWidth(Seed.text())).contains(clause);
            assertThat(generated).contains(clause);
        }
    }

    @Test
    void goalAchievementWithTheSeedsCounts() {
        // The seed claims 13 indicators, 4 projects, all met. The sample has no department indicator
        // table, so we give it 13 rows that reach their targets and 4 fully executed projects.
        List<Indicator> thirteen = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            thirteen.add(indicator("指标" + i, "100", "100"));
        }
        List<Project> four = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            four.add(project("项目" + i, "50.00", "50.00", indicator("产出" + i, "95", "98")));
        }
        Report r = sample.withBasics(sample.basics().withTargets(new PerformanceTargets("", thirteen)))
                .withProjects(four);
        String seed = Seed.sentence("2023年度部门整体支出绩效目标中", "实际完成特定目标类预算项目4个，没有未达到预期指标或超过预期指标30%以上的单个指标。");
        // "设定三级指标13个，实际完成指标17个" is impossible (domain.md §5 item 3): 13 of 13 are completed.
        assertThat(seed).contains("实际完成指标17个");
        assertThat(Narrative.of(r).generated(TextField.GOAL_ACHIEVEMENT))
                .isEqualTo(seed.replace("实际完成指标17个", "实际完成指标13个"));
    }

    @Test
    void conclusionStatesScoreAndDerivedGrade() {
        // the seed's sentence from the score the seed states, without the sample's department sheet
        String generated = Narrative.of(sample.withDepartmentSheet(null)).generated(TextField.CONCLUSION);
        String seed = Seed.sentence("依据市级部门整体绩效自评体系量化评分", "。");
        assertThat(generated).endsWith(seed.replace("市级", ""));
    }

    @Test
    void withTheDepartmentSheetTheConclusionStatesTheSheetsScore() {
        assertThat(narrative.generated(TextField.CONCLUSION)).endsWith("自评得分96.66分，综合评定为优秀等次。");
    }

    @Test
    void attachmentNamedLikeTheSeed() {
        // The seed names its attachment with the short name and the file extension; we print the name
        // only (GB/T 9704: no punctuation after an attachment name) and one line per project.
        String seed = Seed.fullWidth(sample.attachmentText()).replace(".xlsx", "");
        assertThat(narrative.generated(TextField.ATTACHMENTS).lines()).contains(seed);
    }

    @Test
    void theClerksTextWinsAndNullSwitchesBackToTheGeneratedText() {
        for (TextField f : TextField.values()) {
            NarrativeText t = narrative.get(f);
            assertThat(t.isCustom()).as(f.name()).isTrue();
            assertThat(t.effective()).as(f.name()).isEqualTo(f.read(sample));
            Report generatedOnly = f.write(sample, null);
            NarrativeText again = Narrative.of(generatedOnly).get(f);
            assertThat(again.isCustom()).isFalse();
            assertThat(again.effective()).as(f.name()).isEqualTo(t.generated()).isNotEmpty();
        }
    }

    @Test
    void generatedTextUsesFullWidthPunctuationOnly() {
        Project p2 = sample.projects().get(1);
        Report deviating = sample.withProjects(List.of(sample.projects().get(0),
                p2.withIndicators(List.of(indicator("甲", "100", "50"), indicator("乙", "100", "200")))));
        Narrative n = Narrative.of(deviating);
        for (TextField f : TextField.values()) {
            assertThat(n.generated(f)).as(f.name()).isNotEmpty().doesNotContain(",", ";", ":", "(", ")");
        }
        for (Narrative.ProjectText p : n.projects()) {
            assertThat(p.figures()).isNotEmpty().doesNotContain(",", ";", ":", "(", ")");
        }
    }

    static Indicator indicator(String name, String target, String actual) {
        return new Indicator("产出指标", "数量指标", name, IndicatorNature.AT_LEAST, target, "%", actual,
                new BigDecimal("10"), null, null, "");
    }

    static Project project(String name, String budget, String executed, Indicator... rows) {
        BudgetFigures f = new BudgetFigures(new BigDecimal(budget), null, new BigDecimal(executed));
        return new Project(name, null, name, "", "", Map.of(FundSource.FISCAL, f), null, "", "", "", "", "",
                List.of(rows), "", "", "", "", "", "", null);
    }
}
