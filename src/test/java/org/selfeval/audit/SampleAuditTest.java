package org.selfeval.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

/** The audit on the seed report finds the problems of domain.md §5 and nothing false about what is right. */
class SampleAuditTest {
    static Report sample;
    static List<Finding> findings;

    @BeforeAll
    static void audit() throws Exception {
        sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        findings = Auditor.standard().audit(sample);
    }

    static List<String> messages(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::message).toList();
    }

    @Test
    void item1StaffTotal() {
        assertThat(messages("R18a")).containsExactly("年末实有在职人员 37 人，但分项合计 36 人（行政人员 23 + 机关工勤 1 + 下属事业单位事业人员 12）");
    }

    @Test
    void item2AdministrativeStaffOverEstablishment() {
        assertThat(messages("R18b")).containsExactly("行政人员 23 人，超过核定行政编制 18 名");
    }

    @Test
    void item3IndicatorCountsImpossible() {
        assertThat(messages("R17a")).contains("正文写设定三级指标 13 个，实际完成指标 17 个：完成数不能多于设定数");
    }

    @Test
    void item6SpendingAboveIncomeAsksForOpeningCarryover() {
        assertThat(messages("R5")).singleElement().asString()
                .contains("支出合计 1124.25 万元大于收入合计 1123.58 万元（多 0.67 万元）", "上年末结转约 49.43 万元",
                        "49.43 + 1123.58 − 1124.25 = 48.76 万元，与年末结转 48.76 万元相符");
    }

    @Test
    void item8EmptySection() {
        assertThat(findings).filteredOn(f -> f.ruleId().equals("R22"))
                .extracting(f -> f.location().path(), Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("basics.targets", "“一、(四)部门整体支出绩效目标”有标题而没有内容"));
    }

    @Test
    void item9DepartmentName() {
        assertThat(findings).filteredOn(f -> f.ruleId().equals("R21"))
                .extracting(f -> f.location().path(), Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("conclusion.conclusionText",
                        "部门名称写作“乐山市政务服务管理局”，与全称“乐山市营商环境服务管理局”、简称“市政管局”不一致"));
    }

    @Test
    void item10ProjectCoverage() {
        assertThat(messages("R17b")).contains(
                "正文写申报特定目标类预算项目 4 个，但报告只列出 2 个项目（政务大厅运行经费、乐山市不动产联审登记全市通办系统信息化建设）");
    }

    @Test
    void item12HallBudgetCutUnexplained() {
        assertThat(messages("R9a")).containsExactly(
                "项目「政务大厅运行经费」年初预算 157.30 万元调整为 133.47 万元（调减 23.83 万元，15.15%），未说明调整原因");
    }

    @Test
    void item13PublicExpenseIncreaseUnexplained() {
        assertThat(messages("R9b")).containsExactly("公用经费年初预算 179.18 万元调整为 225.51 万元（调增 46.33 万元，25.86%），支出控制情况未说明调整原因");
    }

    @Test
    void item17ClaimCannotBeVerified() {
        assertThat(messages("R14b")).singleElement().asString()
                .contains("没有未达到预期指标或超过预期指标30%以上", "部门整体支出绩效目标未列出三级指标，无法核实");
    }

    @Test
    void nothingFalseAboutSharesIncomeOrGrade() {
        // §5 items 4, 5, 15: expenditure shares, income share and 97.5 → 优秀 are right
        assertThat(findings).extracting(Finding::ruleId).doesNotContain("R1", "R2", "R3a", "R3b", "R20");
        assertThat(findings).filteredOn(f -> !f.ruleId().equals(PunctuationRule.ID) && !f.ruleId().equals("R29a"))
                .extracting(f -> f.location().path())
                .doesNotContain("finances.incomeText", "finances.expenditureText", "conclusion.score");
        assertThat(findings).noneMatch(f -> f.location().path().equals("conclusion.conclusionText")
                && !f.ruleId().equals("R21") && !f.ruleId().equals(PunctuationRule.ID));
    }

    @Test
    void noOtherRuleFiresOnTheSeed() {
        // the rules above, plus the regional cap on the sample values of project p2 (its dataNote marks them
        // as sample) and the note that project p1 has no indicator rows; nothing from the text scanners
        // (R19 lists, R25 prompts, R27 years) and nothing on the income, expenditure, carryover or grade figures
        assertThat(findings).extracting(Finding::ruleId).containsOnly(
                "R18a", "R18b", "R22", "R5", "R17a", "R17b", "R9b", "R14b", "R21", "R9a", "P1", "R10", "R28", "R29a");
    }

    @Test
    void theStated97Point5IsComparedWithTheDepartmentSheet() {
        // issue 10: the sample's sheet (seed figures, sample values where the seed gives none) computes
        // 10 + 28 + 15 (公用经费 225.51 of 225.51) + 10 + 14.66 (1124.25 of 1150) + 5 + 10 (结转 4.34 %) + 4
        assertThat(messages("R29a")).containsExactly("填报的自评得分 97.5 分，与部门整体支出绩效自评表计算的 96.66 分不一致");
    }

    @Test
    void theSeedsHalfWidthPunctuationIsReported() {
        // the seed is typed with ASCII commas, semicolons and straight quotes (issue 16): GB/T 15834
        assertThat(messages("R28")).isNotEmpty().anyMatch(m -> m.contains("半角标点"));
        assertThat(findings).filteredOn(f -> f.ruleId().equals("R28")).extracting(f -> f.location().path())
                .contains("finances.incomeText");
    }

    @Test
    void coverageNamesTheParagraphsCheckedAgainstTheFigures() {
        TextCoverage coverage = Auditor.standard().coverage(sample);
        assertThat(coverage.checked()).extracting(r -> r.location().path()).contains("finances.incomeText", "finances.expenditureText",
                "finances.carryoverText", "basics.staffing.text", "performance.projectAnalysis.goalAchievementText",
                "performance.projectAnalysis.spendingControlText", "basics.organization", "projects[1].evaluationConclusion");
        // the hall project's prose gives rates of 好差评 (98.27%, 99.99%) that no figure of the report holds, and the
        // system project's 原因 a carried-over 48.76 万元 that is not one of its table's figures
        assertThat(coverage.unread()).extracting(r -> r.location().path()).containsExactly("projects[0].reportText", "projects[1].executionNote");
    }

    @Test
    void findingsAreOrderedByChapter() {
        List<Integer> chapters = findings.stream().map(f -> Location.CHAPTERS.indexOf(f.location().chapter())).toList();
        assertThat(chapters).isSorted().doesNotContain(-1);
    }

    @Test
    void everyFindingNamesItsRuleSourceAndField() {
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.source()).isNotBlank();
            // the basis a clerk reads names real sources, never our own notes (domain.md, its §, its S6)
            assertThat(f.source()).doesNotContain("domain.md", "§", "S6");
            assertThat(f.location().path()).isNotBlank();
            assertThat(f.message()).isNotBlank();
        });
    }
}
