package org.selfeval.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.selfeval.audit.Fixtures.check;
import static org.selfeval.audit.Fixtures.d;
import static org.selfeval.audit.Fixtures.funds;
import static org.selfeval.audit.Fixtures.project;
import static org.selfeval.audit.TextRulesTest.MET;
import static org.selfeval.audit.TextRulesTest.analysis;
import static org.selfeval.audit.TextRulesTest.withDepartmentIndicators;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.Conclusion;
import org.selfeval.model.Department;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Headcount;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.model.StaffCategory;
import org.selfeval.model.Staffing;

/** The wordings of issue 17 that the text rules did not read, and the defects it lists. */
class WordingRulesTest {

    @Test
    void r19ReadsListsAfterJiAndFenBieWei() {
        Report r = Fixtures.report();
        Report wrong = r.withBasics(r.basics().withOrganization("内设3个中队,即文秘调研中队、机要通信中队。"));
        assertThat(check(new ListCountRule(), wrong)).singleElement().extracting(Finding::message)
                .isEqualTo("“3个”后列举了 2 项（文秘调研中队、机要通信中队），数目应为 3");
        Report ok = r.withBasics(r.basics().withOrganization("设2个内设机构,分别为:办公室、财务室。共设置绩效指标10个:产出指标5个、效益指标3个、满意度指标2个。"));
        assertThat(check(new ListCountRule(), ok)).isEmpty();
    }

    @Test
    void r21KeepsHeInsideANameAndSeesOtherKindsOfBody() {
        Report r = Report.empty("t", 2023, new Department("青神县发展和改革局", ""));
        Report ok = r.withConclusion(new Conclusion(null, "2023年度县发展和改革局会同县住房和城乡建设局、县人力资源和社会保障局完成工作。", "", ""));
        assertThat(check(new DepartmentNameRule(), ok)).isEmpty();

        Report commission = Report.empty("t", 2023, new Department("乐山市发展和改革委员会", "市发改委"));
        Report misnamed = commission.withConclusion(new Conclusion(null, "2023年度乐山市发展改革委员会会同市卫生健康委员会完成工作。", "", ""));
        assertThat(check(new DepartmentNameRule(), misnamed)).singleElement().extracting(Finding::message)
                .isEqualTo("部门名称写作“乐山市发展改革委员会”，与全称“乐山市发展和改革委员会”、简称“市发改委”不一致");
    }

    @Test
    void r23ReadsYuanAndYiYuan() {
        Project p = project("x", funds("60", "60", "60"), MET);
        assertThat(check(new GoalAmountsRule(), Fixtures.withProjects(p.withAnnualGoal("购置设备400000元，软件开发200000元。")))).isEmpty();
        assertThat(check(new GoalAmountsRule(), Fixtures.withProjects(p.withAnnualGoal("购置设备400000元，软件开发300000元。"))))
                .singleElement().extracting(Finding::message)
                .isEqualTo("项目「x」项目年度目标所列分项金额 400000 元 + 300000 元 = 70.00 万元，与预算 60.00 万元不符");
        Project large = project("y", funds("10000", "10000", "10000"), MET).withAnnualGoal("一期0.6亿元，二期0.4亿元。");
        assertThat(check(new GoalAmountsRule(), Fixtures.withProjects(large))).isEmpty();
    }

    @Test
    void r23ComparesWithTheBudgetTheTextSpeaksOfAndKeepsTheStatedTotalApart() {
        Project cut = project("x", funds("100", "80", "80"), MET);
        assertThat(check(new GoalAmountsRule(), Fixtures.withProjects(cut.withAnnualGoal("年初预算100万元，其中设备60万元、软件40万元。")))).isEmpty();
        assertThat(check(new GoalAmountsRule(), Fixtures.withProjects(cut.withAnnualGoal("设备60万元、软件40万元。"))))
                .singleElement().extracting(Finding::message)
                .isEqualTo("项目「x」项目年度目标所列分项金额 60 万元 + 40 万元 = 100.00 万元，与预算 80.00 万元不符");
        Project whole = project("z", funds("100", "100", "100"), MET).withAnnualGoal("共100万元，其中设备60万元、软件30万元。");
        assertThat(check(new GoalAmountsRule(), Fixtures.withProjects(whole))).singleElement().extracting(Finding::message)
                .isEqualTo("项目「z」项目年度目标所列分项金额 60 万元 + 30 万元 = 90.00 万元，与所写总额 100 万元不符");
    }

    @Test
    void r1ReadsTheHunanIncomeParagraph() {
        Report r = Fixtures.report();
        String text = "1、收入:792.22万元。同比上年度增加189.25万元,增加31.39%。其中:财政拨款收入792.22万元,同比上年度增加209.28万元。";
        Report ok = r.withFinances(r.finances().withIncome(IncomeSource.GENERAL_PUBLIC_BUDGET, d("792.22")).withIncomeText(text));
        assertThat(check(new IncomeTextRule(), ok)).isEmpty();
        Report wrong = r.withFinances(r.finances().withIncome(IncomeSource.GENERAL_PUBLIC_BUDGET, d("700")).withIncomeText(text));
        assertThat(check(new IncomeTextRule(), wrong)).extracting(Finding::message).containsExactly(
                "收入段落写收入合计 792.22 万元，但各项合计 700.00 万元", "收入段落写财政拨款收入 792.22 万元，但填报数为 700.00 万元");
    }

    @Test
    void r3aReadsPersonnelAndPublicExpenses() {
        Report r = Fixtures.report();
        String text = "2、支出:799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元,项目支出286.83万元。";
        Report figures = r.withFinances(r.finances().withExpenditure(ExpenditureCategory.BASIC, d("512.29"))
                .withExpenditure(ExpenditureCategory.PROJECT, d("286.83")).withExpenditureText(text));
        Report ok = figures.withPerformance(figures.performance().withProjectAnalysis(
                figures.performance().projectAnalysis().withPublicExpenses(new BudgetFigures(d("80"), d("80"), d("77.4")))));
        assertThat(check(new ExpenditureTextRule(), ok)).isEmpty();
        Report wrong = ok.withPerformance(ok.performance().withProjectAnalysis(
                ok.performance().projectAnalysis().withPublicExpenses(new BudgetFigures(d("80"), d("80"), d("70")))));
        assertThat(check(new ExpenditureTextRule(), wrong)).extracting(Finding::message).containsExactly(
                "支出段落写公用经费支出 77.4 万元，但填报数为 70.00 万元", "支出段落写人员经费支出 434.89 万元，但填报数为 442.29 万元");
    }

    @Test
    void r18cReadsOtherStaffWordingsAndFullWidthDigits() {
        Staffing s = new Staffing(List.of(new Headcount(StaffCategory.ADMINISTRATIVE, "编制人员", 12),
                new Headcount(StaffCategory.ADMINISTRATIVE, "行政编制", 17)), null, null, null, "现有编制人员13人，核定行政编制１８名。");
        Report r = Fixtures.report();
        assertThat(check(new StaffTextRule(), r.withBasics(r.basics().withStaffing(s)))).extracting(Finding::message)
                .containsExactly("人员概况写编制人员 13，但填报数为 12", "人员概况写行政编制 18，但填报数为 17");
    }

    @Test
    void r17aReadsGongSheZhiXiang() {
        Report table = withDepartmentIndicators(Fixtures.report(), MET, MET, MET);
        assertThat(check(new IndicatorCountRule(), analysis(table, "共设置绩效指标15项。"))).extracting(Finding::message)
                .containsExactly("正文写设定三级指标 15 项，但部门整体指标表有 3 个");
    }

    @Test
    void r26aReadsZongHePingFen() {
        Project p = project("x", funds("1", "1", "1"), MET);
        assertThat(check(new ProjectTextFiguresRule(), Fixtures.withProjects(p.withEvaluationConclusion("综合评分为100分。")))).isEmpty();
        assertThat(check(new ProjectTextFiguresRule(), Fixtures.withProjects(p.withEvaluationConclusion("综合评分为95分，评价等级为优。"))))
                .extracting(Finding::message).containsExactly("项目「x」得分写作 95 分，按自评表合计应为 100 分");
    }

    @Test
    void oneFactGivesOneFinding() {
        Report table = withDepartmentIndicators(Fixtures.report(), MET, MET, MET);
        assertThat(check(new IndicatorCountRule(), analysis(table, "设定三级指标3个，实际完成指标4个。"))).extracting(Finding::severity, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "正文写设定三级指标 3 个，实际完成指标 4 个：完成数不能多于设定数"));
        Report low = Fixtures.withProjects(project("甲", funds("60", "60", "11.24"), MET));
        assertThat(check(new ProjectCountRule(), analysis(low, "申报特定目标类预算项目1个，实际完成特定目标类预算项目2个。")))
                .extracting(Finding::severity).containsExactly(Severity.ERROR);
    }
}
