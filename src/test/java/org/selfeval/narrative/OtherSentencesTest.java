package org.selfeval.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Conclusion;
import org.selfeval.model.Department;
import org.selfeval.model.Headcount;
import org.selfeval.model.LeadershipPost;
import org.selfeval.model.Report;
import org.selfeval.model.StaffCategory;
import org.selfeval.model.Staffing;

class OtherSentencesTest {
    private static BigDecimal m(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(nullValues = "null", delimiter = '|', value = {
            "100 | 120 | 120 | 年初预算数100.00万元，调整预算数120.00万元，决算数120.00万元，执行率100%。",
            "100 | null | 85 | 年初预算数100.00万元，决算数85.00万元，执行率85%。",
            "60 | 60 | 11.24 | 年初预算数60.00万元，调整预算数60.00万元，决算数11.24万元，执行率18.73%。",
            "100 | 0 | 0 | 年初预算数100.00万元，调整预算数0万元，决算数0万元。",
            "50 | null | null | 年初预算数50.00万元。",
            "null | null | null | ''",
    })
    void projectFigures(String initial, String adjusted, String executed, String expected) {
        assertThat(SpendingSentences.project(new BudgetFigures(m(initial), m(adjusted), m(executed)))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"97.5, 优秀", "90, 优秀", "89.99, 良好", "80, 良好", "79.5, 中等", "60, 中等", "59.99, 较差", "0, 较差"})
    void conclusionGradeIsDerivedFromTheScore(String score, String grade) {
        Report r = Report.empty("r", 2024, new Department("某局", "")).withConclusion(
                Conclusion.EMPTY.withScore(new BigDecimal(score)));
        assertThat(ConclusionSentence.of(r)).isEqualTo("2024年度，依据部门整体绩效自评体系量化评分，自评得分"
                + new BigDecimal(score).stripTrailingZeros().toPlainString() + "分，综合评定为" + grade + "等次。");
    }

    @Test
    void noScoreNoConclusionSentence() {
        assertThat(ConclusionSentence.of(Report.empty("r", 2024, Department.EMPTY))).isEmpty();
    }

    @Test
    void staffingLeavesOutWhatIsNotEntered() {
        assertThat(StaffingSentence.of(Staffing.EMPTY)).isEmpty();
        Staffing onlyStaff = new Staffing(null, null,
                List.of(new Headcount(StaffCategory.ADMINISTRATIVE, "行政人员", 5)), 0, null);
        assertThat(StaffingSentence.of(onlyStaff)).isEqualTo("年末实有在职人员5人，其中行政人员5人。");
        Staffing posts = new Staffing(List.of(new Headcount(StaffCategory.ADMINISTRATIVE, "行政编制", 8)),
                List.of(new LeadershipPost("科级领导职数", 2)), null, null, null);
        assertThat(StaffingSentence.of(posts)).isEqualTo("核定行政编制8名。科级领导职数2名。");
    }

    @Test
    void attachmentsOnePerProjectAndTheClerksLinesSplit() {
        Report r = Report.empty("r", 2023, new Department("乐山市某局", ""))
                .withProjects(List.of(SeedSentencesTest.project("甲项目", "1", "1"), SeedSentencesTest.project("乙项目", "1", "1")));
        assertThat(AttachmentLines.generated(r)).isEqualTo("乐山市某局项目支出绩效自评表（甲项目）\n乐山市某局项目支出绩效自评表（乙项目）");
        assertThat(AttachmentLines.split("附件：1.甲表\n  2、乙表\n\n2023年度丙表"))
                .containsExactly("甲表", "乙表", "2023年度丙表");
        assertThat(Narrative.of(r.withAttachmentText("自评表汇总")).attachments()).containsExactly("自评表汇总");
        assertThat(Narrative.of(r.withAttachmentText("")).attachments()).isEmpty();
    }

    @Test
    void theAttachmentsPrintedNameEveryAppendedForm() {
        Report r = Report.empty("r", 2023, new Department("乐山市某局", ""))
                .withProjects(List.of(SeedSentencesTest.project("甲项目", "1", "1"), SeedSentencesTest.project("乙项目", "1", "1")));
        // one written name for two forms: the generated names, one per form
        assertThat(AttachmentLines.printed(r, List.of("自评表(乙项目).xlsx")))
                .containsExactly("乐山市某局项目支出绩效自评表（甲项目）", "乐山市某局项目支出绩效自评表（乙项目）");
        // one written name per form: the clerk's, without the file extension
        assertThat(AttachmentLines.printed(r, List.of("甲表.xlsx", "乙表"))).containsExactly("甲表", "乙表");
        assertThat(AttachmentLines.printed(r.withProjects(List.of()), List.of("说明材料"))).containsExactly("说明材料");
    }

    @Test
    void publicExpensesNotEnteredGiveNoSentence() {
        assertThat(SpendingSentences.publicExpenses(2023, BudgetFigures.EMPTY)).isEmpty();
    }

    @Test
    void everyTextFieldPathLeadsToItsTextInTheReportJson() throws Exception {
        Report sample = Seed.sample();
        var root = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(org.selfeval.exchange.ReportJson.write(sample)).get("report");
        for (TextField f : TextField.values()) {
            var node = root;
            for (String segment : f.path().split("\\.")) {
                node = node.get(segment);
                assertThat(node).as(f.path()).isNotNull();
            }
            assertThat(node.asText()).as(f.path()).isEqualTo(f.read(sample)).isNotEmpty();
            assertThat(List.of("一", "二", "三", "四", "附件")).contains(f.chapter());
        }
    }

    @Test
    void makeOwnFreezesTheGeneratedTextAndUseGeneratedFollowsTheFiguresAgain() {
        Report generated = Narrative.useGenerated(Seed.sample(), TextField.EXPENDITURE);
        Report own = Narrative.makeOwn(generated, TextField.EXPENDITURE, BigDecimal.valueOf(30));
        String frozen = TextField.EXPENDITURE.read(own);
        assertThat(frozen).isEqualTo(Narrative.of(generated).generated(TextField.EXPENDITURE));
        Report changed = own.withFinances(own.finances().withExpenditure(
                org.selfeval.model.ExpenditureCategory.BASIC, new BigDecimal("900.00")));
        NarrativeText t = Narrative.of(changed).get(TextField.EXPENDITURE);
        assertThat(t.effective()).isEqualTo(frozen);
        assertThat(t.generated()).contains("支出合计1145.38万元");
        assertThat(t.differsFromGenerated()).isTrue();
        assertThat(Narrative.of(Narrative.useGenerated(changed, TextField.EXPENDITURE)).effective(TextField.EXPENDITURE))
                .isEqualTo(t.generated());
        assertThat(Narrative.makeOwn(changed, TextField.EXPENDITURE, BigDecimal.TEN)).isSameAs(changed);
    }
}
