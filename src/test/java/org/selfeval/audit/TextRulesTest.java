package org.selfeval.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfeval.audit.Fixtures.check;
import static org.selfeval.audit.Fixtures.d;
import static org.selfeval.audit.Fixtures.funds;
import static org.selfeval.audit.Fixtures.indicator;
import static org.selfeval.audit.Fixtures.project;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.model.Conclusion;
import org.selfeval.model.Headcount;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.LeadershipPost;
import org.selfeval.model.PerformanceTargets;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectAnalysis;
import org.selfeval.model.Report;
import org.selfeval.model.StaffCategory;
import org.selfeval.model.Staffing;

class TextRulesTest {
    static final Indicator MET = indicator(IndicatorNature.AT_LEAST, "100", "%", "100", "90");
    static final Indicator SHORT = indicator(IndicatorNature.AT_LEAST, "100", "%", "60", "90");

    static Report analysis(Report r, String goalText) {
        return r.withPerformance(r.performance().withProjectAnalysis(ProjectAnalysis.EMPTY.withGoalAchievementText(goalText)));
    }

    static Report withDepartmentIndicators(Report r, Indicator... rows) {
        return r.withBasics(r.basics().withTargets(new PerformanceTargets("目标", List.of(rows))));
    }

    static Report staffing(String text) {
        Staffing s = new Staffing(
                List.of(new Headcount(StaffCategory.ADMINISTRATIVE, "行政编制", 18), new Headcount(StaffCategory.WORKER, "工勤编制", 1)),
                List.of(new LeadershipPost("局长", 1), new LeadershipPost("副局长", 3)),
                List.of(new Headcount(StaffCategory.ADMINISTRATIVE, "行政人员", 17), new Headcount(StaffCategory.WORKER, "机关工勤", 1)),
                2, text);
        Report r = Fixtures.report();
        return r.withBasics(r.basics().withStaffing(s));
    }

    @Test
    void r14bClaimContradictedByADeviatingIndicator() {
        String claim = "设定三级指标1个，实际完成指标1个，没有未达到预期指标或超过预期指标30%以上的单个指标。";
        Report ok = analysis(withDepartmentIndicators(Fixtures.report(), MET.withName("办件量")), claim);
        assertThat(check(new DeviationClaimRule(), ok)).isEmpty();
        Report wrong = analysis(withDepartmentIndicators(Fixtures.report(), SHORT.withName("办件量")), claim);
        assertThat(check(new DeviationClaimRule(), wrong)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("正文称“没有未达到预期指标或超过预期指标30%以上”，但部门整体指标中「办件量」完成值 60 低于指标值 ≥100");
        });
    }

    @Test
    void r14bClaimAboutProjectsNeedsTheirTables() {
        String claim = "申报特定目标类预算项目1个，没有未达到预期指标或超过预期指标30%以上的单个指标。";
        Report ok = analysis(Fixtures.withProjects(project("甲", funds("1", "1", "1"), MET)), claim);
        assertThat(check(new DeviationClaimRule(), ok)).isEmpty();
        Report missing = analysis(Fixtures.withProjects(project("甲", funds("1", "1", "1"))), claim);
        assertThat(check(new DeviationClaimRule(), missing)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("正文称项目“没有未达到预期指标或超过预期指标30%以上”，但项目「甲」没有绩效指标行，无法核实");
        });
    }

    @Test
    void r14bOneParagraphSpeakingOfTheDepartmentAndOfTheProjectsIsCheckedAgainstEach() {
        Report r = analysis(withDepartmentIndicators(Fixtures.withProjects(project("甲", funds("1", "1", "1"), SHORT.withName("开工率"))),
                MET.withName("办件量")), "部门整体没有未达到预期指标或超过预期指标30%以上的单个指标。"
                + "申报项目1个，没有未达到预期指标或超过预期指标30%以上的单个指标。");
        assertThat(check(new DeviationClaimRule(), r)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).startsWith("正文称项目“没有未达到预期指标或超过预期指标30%以上”，但").contains("开工率")
                    .doesNotContain("办件量");
        });
    }

    @Test
    void r14bLongListsAreShortened() {
        Indicator[] rows = new Indicator[7];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = SHORT.withName("指标" + (i + 1));
        }
        Report r = analysis(withDepartmentIndicators(Fixtures.report(), rows), "没有未达到预期指标或超过预期指标30%以上的单个指标。");
        assertThat(check(new DeviationClaimRule(), r)).singleElement().extracting(Finding::message).asString()
                .contains("「指标5」").doesNotContain("「指标6」").endsWith("等 7 项");
    }

    @Test
    void r17aCompletedCannotExceedSetAndMatchesTheTable() {
        Report table = withDepartmentIndicators(Fixtures.report(), MET, MET, SHORT);
        assertThat(check(new IndicatorCountRule(), analysis(table, "设定三级指标3个，实际完成指标2个。"))).isEmpty();
        assertThat(check(new IndicatorCountRule(), analysis(table, "设定三级指标3个，实际完成指标3个。"))).extracting(Finding::message)
                .containsExactly("正文写实际完成指标 3 个，但指标表中达到指标值的有 2 个");
        assertThat(check(new IndicatorCountRule(), analysis(table, "设定三级指标13个,实际完成指标17个。"))).extracting(Finding::message)
                .containsExactly("正文写设定三级指标 13 个，实际完成指标 17 个：完成数不能多于设定数",
                        "正文写设定三级指标 13 个，但部门整体指标表有 3 个");
    }

    @Test
    void r17bDeclaredProjectsAreTheReportsProjects() {
        Report two = Fixtures.withProjects(project("甲", funds("1", "1", "1"), MET), project("乙", funds("1", "1", "1"), MET));
        assertThat(check(new ProjectCountRule(), analysis(two, "申报特定目标类预算项目2个,实际完成特定目标类预算项目2个。"))).isEmpty();
        assertThat(check(new ProjectCountRule(), analysis(two, "申报特定目标类预算项目4个,实际完成特定目标类预算项目4个。")))
                .extracting(Finding::message).containsExactly("正文写申报特定目标类预算项目 4 个，但报告只列出 2 个项目（甲、乙）");
        Report low = Fixtures.withProjects(project("甲", funds("60", "60", "11.24"), MET));
        assertThat(check(new ProjectCountRule(), analysis(low, "申报特定目标类预算项目1个，实际完成特定目标类预算项目1个。")))
                .extracting(Finding::message).containsExactly("正文写实际完成特定目标类预算项目 1 个，但项目「甲」执行率仅 18.73%，资金未执行完毕，“完成”存疑");
    }

    @Test
    void r18aStaffTotalIsTheSumOfKinds() {
        assertThat(check(new StaffTotalRule(), staffing("年末实有在职人员18人，其中行政人员17人、机关工勤1人。"))).isEmpty();
        assertThat(check(new StaffTotalRule(), staffing("年末实有在职人员19人,其中行政人员17人、机关工勤1人。")))
                .singleElement().extracting(Finding::message).isEqualTo("年末实有在职人员 19 人，但分项合计 18 人（行政人员 17 + 机关工勤 1）");
    }

    @Test
    void r18bStaffOverEstablishment() {
        assertThat(check(new StaffOverEstablishmentRule(), staffing(null))).isEmpty();
        Report over = staffing(null);
        Staffing s = over.basics().staffing();
        over = over.withBasics(over.basics().withStaffing(s.withActual(List.of(new Headcount(StaffCategory.ADMINISTRATIVE, "行政人员", 23)))));
        assertThat(check(new StaffOverEstablishmentRule(), over)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("行政人员 23 人，超过核定行政编制 18 名");
            assertThat(f.key()).isEqualTo("R18b@basics.staffing.actual[0]");
        });
    }

    @Test
    void r18cStaffCountsInTextAgreeWithFigures() {
        String ok = "核定行政编制18名，保留工勤编制1名。设局长1名，副局长3名。年末实有在职人员18人，其中行政人员17人、机关工勤1人。另有长期聘用2人。";
        assertThat(check(new StaffTextRule(), staffing(ok))).isEmpty();
        String wrong = ok.replace("副局长3名", "副局长2名").replace("长期聘用2人", "长期聘用3人");
        assertThat(check(new StaffTextRule(), staffing(wrong))).extracting(Finding::message)
                .containsExactly("人员概况写副局长 2，但填报数为 3", "人员概况写长期聘用 3，但填报数为 2");
    }

    @Test
    void r19EnumerationsHaveTheStatedNumberOfItems() {
        Report r = Fixtures.report();
        Report ok = r.withBasics(r.basics().withOrganization("内设4科1室(办公室、甲科、乙科、丙科、丁科)和机关党委。"));
        assertThat(check(new ListCountRule(), ok)).isEmpty();
        Report wrong = r.withBasics(r.basics().withOrganization("下设10个科室（办公室、甲科、乙科）。"));
        assertThat(check(new ListCountRule(), wrong)).singleElement().extracting(Finding::message)
                .isEqualTo("“10个”后列举了 3 项（办公室、甲科、乙科），数目应为 10");
    }

    @ParameterizedTest(name = "{0} 分写“{1}” → 应为 {2}")
    @CsvSource({
        "97.5, 优秀, ",
        "90, 优秀, ",
        "89.99, 优秀, 良好",
        "85, 良好, ",
        "79, 良好, 中等",
        "60, 中等, ",
        "59.5, 中等, 较差",
    })
    void r20GradeWordMatchesScore(String score, String word, String expected) {
        Report r = Fixtures.report().withConclusion(new Conclusion(d(score), "自评得分" + score + "分，综合评定为" + word + "等次。", "", ""));
        List<Finding> found = check(new GradeRule(), r);
        if (expected == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().extracting(Finding::message).asString().endsWith("应为“" + expected + "”等次");
        }
    }

    @Test
    void r20WrittenScoreIsTheScore() {
        Report r = Fixtures.report().withConclusion(new Conclusion(d("97.5"), "自评得分95分，综合评定为优秀等次。", "", ""));
        assertThat(check(new GradeRule(), r)).extracting(Finding::message).containsExactly("评价结论写自评得分 95 分，但填报的自评得分为 97.5 分");
    }

    @Test
    void r21DepartmentNameIsConsistent() {
        Report r = Fixtures.report();
        Report ok = r.withConclusion(new Conclusion(null, "2023年度乐山市营商环境服务管理局、市营商环境服务管理局、市政管局和我局配合市财政局完成工作。"
                + "乐山市营商环境服务管理局局长带队，副局长参加。", "", ""));
        assertThat(check(new DepartmentNameRule(), ok)).isEmpty();
        Report wrong = r.withConclusion(new Conclusion(null, "2023年度乐山市政务服务管理局按照安排部署开展工作。", "", ""));
        assertThat(check(new DepartmentNameRule(), wrong)).singleElement().extracting(Finding::message)
                .isEqualTo("部门名称写作“乐山市政务服务管理局”，与全称“乐山市营商环境服务管理局”、简称“市政管局”不一致");
    }

    @Test
    void r22SectionsHaveContent() {
        Report r = Fixtures.report();
        Report filled = r.withBasics(r.basics().withTargets(new PerformanceTargets("目标", List.of())));
        assertThat(check(new EmptySectionRule(), filled)).extracting(f -> f.location().path()).doesNotContain("basics.targets");
        assertThat(check(new EmptySectionRule(), r)).extracting(Finding::message).contains("“一、(四)部门整体支出绩效目标”有标题而没有内容");
    }

    @Test
    void r25TemplatePromptsAreFilledIn() {
        Project ok = project("x", funds("1", "1", "1"), MET).withGoalCompletion("系统建成上线。");
        assertThat(check(new TemplatePromptRule(), Fixtures.withProjects(ok))).isEmpty();
        Project prompt = ok.withGoalCompletion("对照年度目标，说明相关任务目标的完成情况(100字以内)");
        assertThat(check(new TemplatePromptRule(), Fixtures.withProjects(prompt))).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("留有未填的模板提示“对照年度目标，说明”");
            assertThat(f.location().path()).isEqualTo("projects[0].goalCompletion");
        });
    }

    @ParameterizedTest(name = "“{0}” → {1}")
    @CsvSource(delimiter = '|', value = {
        "结合自评情况，说明项目自评总分(200字以内)|结合自评情况，说明",
        "项目自评得分90分（200字以内）|（200字以内）",
        "指标1：XX|指标1：",
        "完成XX项|XX",
        "填报MAXX系统数据|",
        "按计划完成（含结转）|",
    })
    void r25PromptsOfTheForm(String text, String prompt) {
        Project p = project("x", funds("1", "1", "1"), MET).withEvaluationConclusion(text);
        List<Finding> found = check(new TemplatePromptRule(), Fixtures.withProjects(p));
        if (prompt == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().extracting(Finding::message).isEqualTo("留有未填的模板提示“" + prompt + "”");
        }
    }

    @Test
    void r26bPublicExpenseSentenceAgreesWithFigures() {
        String text = "2023年度部门公用经费年初预算数179.18万元,调整预算数为225.51万元,决算数为225.51万元,执行率为100%。";
        ProjectAnalysis a = ProjectAnalysis.EMPTY.withPublicExpenses(funds("179.18", "225.51", "225.51")).withSpendingControlText(text);
        Report r = Fixtures.report();
        assertThat(check(new PublicExpenseTextRule(), r.withPerformance(r.performance().withProjectAnalysis(a)))).isEmpty();
        ProjectAnalysis wrong = a.withSpendingControlText(text.replace("决算数为225.51", "决算数为215.51").replace("100%", "95.57%"));
        assertThat(check(new PublicExpenseTextRule(), r.withPerformance(r.performance().withProjectAnalysis(wrong))))
                .extracting(Finding::message).containsExactly("公用经费执行数写作 215.51 万元，但填报数为 225.51 万元",
                        "公用经费执行率写作 95.57%，按执行 225.51 ÷ 预算 225.51 万元应为 100.00%");
    }

    @Test
    void r27YearsAreTheEvaluationYear() {
        Report r = Fixtures.report();
        Report ok = r.withFinances(r.finances().withCarryoverText("2023年末结转48.76万元，较2022年度下降1.36%。"));
        assertThat(check(new YearRule(), ok)).isEmpty();
        Report wrong = r.withFinances(r.finances().withCarryoverText("2022年末结转48.76万元，较2021年度下降1.36%。"));
        assertThat(check(new YearRule(), wrong)).extracting(Finding::message).containsExactly(
                "写作“2022年末”，但评价年度为 2023 年", "与上年比较写作“较2021年”，评价年度为 2023 年，上年应为 2022 年");
    }
}
