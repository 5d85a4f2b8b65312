package org.selfeval.audit;

import org.selfeval.profile.RegionalProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.selfeval.audit.Fixtures.check;
import static org.selfeval.audit.Fixtures.d;
import static org.selfeval.audit.Fixtures.funds;
import static org.selfeval.audit.Fixtures.indicator;
import static org.selfeval.audit.Fixtures.project;
import static org.selfeval.audit.Fixtures.withProjects;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.Project;
import org.selfeval.model.ProjectAnalysis;
import org.selfeval.model.QualitativeGrade;
import org.selfeval.model.Report;

class ProjectRulesTest {
    static final Indicator MET = indicator(IndicatorNature.AT_LEAST, "100", "%", "100", "90");

    @Test
    void r6LowExecutionNeedsReason() {
        Project low = project("系统建设", funds("60", "60", "11.24"), MET);
        assertThat(check(new LowExecutionRule(), withProjects(low))).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("项目「系统建设」执行率 18.73%（执行 11.24 ÷ 预算 60.00 万元），低于 90%，须在“原因”栏说明");
            assertThat(f.location().path()).isEqualTo("projects[0].executionNote");
        });
        assertThat(check(new LowExecutionRule(), withProjects(low.withExecutionNote("尾款结转次年支付")))).isEmpty();
        assertThat(check(new LowExecutionRule(), withProjects(project("x", funds("60", "60", "54"), MET)))).isEmpty();
    }

    @Test
    void r7ExecutionWeightIsTheRegions() {
        assertThat(check(new ExecutionWeightRule(), withProjects(project("x", funds("1", "1", "1"), MET)))).isEmpty();
        Project p = project("x", funds("1", "1", "1"), MET).withExecutionWeight(d("20"));
        assertThat(check(new ExecutionWeightRule(), withProjects(p))).singleElement().extracting(Finding::message)
                .isEqualTo("项目「x」预算执行权重为 20 分，四川省规定为 10 分");
    }

    @Test
    void r8SourceRowsAreComplete() {
        assertThat(check(new FundRowsRule(), withProjects(project("x", funds("10", null, "10"), MET)))).isEmpty();
        Project p = project("x", funds("10", null, "10"), MET).withFunds(FundSource.UNIT, funds(null, null, "5"));
        assertThat(check(new FundRowsRule(), withProjects(p))).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("项目「x」“单位资金”行有执行数 5.00 万元，但没有预算数");
            assertThat(f.location().path()).isEqualTo("projects[0].funds.UNIT");
        });
        Project over = project("x", funds("10", "10", "12"), MET);
        assertThat(check(new FundRowsRule(), withProjects(over))).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
    }

    @Test
    void r9aAdjustedBudgetNeedsReason() {
        Project p = project("政务大厅运行经费", funds("157.3", "133.47", "133.47"), MET);
        assertThat(check(new AdjustmentReasonRule(), withProjects(p))).singleElement().extracting(Finding::message)
                .isEqualTo("项目「政务大厅运行经费」年初预算 157.30 万元调整为 133.47 万元（调减 23.83 万元，15.15%），未说明调整原因");
        assertThat(check(new AdjustmentReasonRule(), withProjects(p.withAdjustmentReason("食堂经费40万元调整至其他科目")))).isEmpty();
        assertThat(check(new AdjustmentReasonRule(), withProjects(project("y", funds("10", "10", "10"), MET)))).isEmpty();
    }

    @Test
    void r9bAdjustedPublicExpensesNeedReason() {
        ProjectAnalysis a = ProjectAnalysis.EMPTY.withPublicExpenses(funds("179.18", "225.51", "225.51"))
                .withSpendingControlText("公用经费年初预算数179.18万元，调整预算数为225.51万元，决算数为225.51万元，执行率为100%。");
        Report r = Fixtures.report().withPerformance(Fixtures.report().performance().withProjectAnalysis(a));
        assertThat(check(new PublicExpenseAdjustmentRule(), r)).singleElement().extracting(Finding::message)
                .isEqualTo("公用经费年初预算 179.18 万元调整为 225.51 万元（调增 46.33 万元，25.86%），支出控制情况未说明调整原因");
        ProjectAnalysis explained = a.withSpendingControlText(a.spendingControlText() + "调增主要是新增政务大厅物业费。");
        Report ok = r.withPerformance(r.performance().withProjectAnalysis(explained));
        assertThat(check(new PublicExpenseAdjustmentRule(), ok)).isEmpty();
    }

    @Test
    void r10WeightsAddUpTo100() {
        assertThat(check(new WeightTotalRule(), withProjects(project("x", funds("1", "1", "1"), MET)))).isEmpty();
        Project p = project("x", funds("1", "1", "1"), MET.withWeight(d("80")));
        assertThat(check(new WeightTotalRule(), withProjects(p))).singleElement().extracting(Finding::message)
                .isEqualTo("项目「x」权重合计 90 分（预算执行 10 + 指标 80），应为 100 分");
    }

    @Test
    void r10NationalProfileNotesAChangedSplit() {
        Indicator output = MET.withWeight(d("50"));
        Indicator effect = MET.withLevel1("效益指标").withWeight(d("30"));
        Indicator satisfaction = MET.withLevel1("满意度指标").withWeight(d("10"));
        Project ok = project("x", funds("1", "1", "1"), output, effect, satisfaction);
        assertThat(check(new WeightTotalRule(), withProjects(ok), RegionalProfile.NATIONAL)).isEmpty();
        Project changed = project("x", funds("1", "1", "1"), output.withWeight(d("60")), effect.withWeight(d("20")), satisfaction);
        assertThat(check(new WeightTotalRule(), withProjects(changed), RegionalProfile.NATIONAL)).extracting(Finding::message)
                .containsExactly("项目「x」一级指标「产出指标」权重 60 分，全国通用默认为 50 分（如有调整请说明）",
                        "项目「x」一级指标「效益指标」权重 20 分，全国通用默认为 30 分（如有调整请说明）");
        assertThat(check(new WeightTotalRule(), withProjects(changed), RegionalProfile.SICHUAN)).isEmpty();
    }

    @Test
    void r11ScoreWithinWeight() {
        assertThat(check(new IndicatorScoreRangeRule(), withProjects(project("x", funds("1", "1", "1"), MET.withScore(d("90")))))).isEmpty();
        Project p = project("x", funds("1", "1", "1"), MET.withScore(d("95")));
        assertThat(check(new IndicatorScoreRangeRule(), withProjects(p))).singleElement().extracting(Finding::message)
                .isEqualTo("项目「x」指标「指标」得分 95 分，超过权重 90 分");
    }

    @Test
    void r12StatedScoreFollowsTheFormula() {
        Indicator row = indicator(IndicatorNature.AT_LEAST, "200", "件", "150", "10");
        assertThat(check(new QuantitativeScoreRule(), withProjects(project("x", funds("1", "1", "1"), row.withScore(d("7.5")))))).isEmpty();
        assertThat(check(new QuantitativeScoreRule(), withProjects(project("x", funds("1", "1", "1"), row.withScore(d("10"))))))
                .singleElement().extracting(Finding::message)
                .isEqualTo("项目「x」指标「指标」得分 10 分，按公式（指标值 ≥200，完成值 150，权重 10）应为 7.5 分");
    }

    @Test
    void r13QualitativeScoreInsideItsBand() {
        Indicator q = indicator(IndicatorNature.QUALITATIVE, "健全", "", "基本健全", "10").withGrade(QualitativeGrade.PARTIALLY_ACHIEVED);
        assertThat(check(new QualitativeBandRule(), withProjects(project("x", funds("1", "1", "1"), q.withScore(d("7")))))).isEmpty();
        assertThat(check(new QualitativeBandRule(), withProjects(project("x", funds("1", "1", "1"), q.withScore(d("9"))))))
                .singleElement().extracting(Finding::message)
                .isEqualTo("项目「x」指标「指标」等级为“部分达成年度指标并具有一定效果”，得分应在 6–8 分之间，实为 9 分");
        assertThat(check(new QualitativeBandRule(), withProjects(project("x", funds("1", "1", "1"), q.withGrade(null)))))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
    }

    @ParameterizedTest(name = "{0} 目标 {1} 完成 {2} → 需说明 {3}")
    @CsvSource({
        "AT_LEAST, 100, 100, false",
        "AT_LEAST, 100, 129, false",
        "AT_LEAST, 100, 130, true",
        "AT_LEAST, 100, 80, true",
        "EQUAL, 100, 100, false",
        "AT_MOST, 12, 11, false",
        "AT_MOST, 12, 13, true",
    })
    void r14aDeviationNeedsReason(IndicatorNature nature, String target, String actual, boolean flagged) {
        Indicator row = indicator(nature, target, "%", actual, "90");
        assertThat(check(new DeviationReasonRule(), withProjects(project("x", funds("1", "1", "1"), row)))).hasSize(flagged ? 1 : 0);
        assertThat(check(new DeviationReasonRule(), withProjects(project("x", funds("1", "1", "1"), row.withDeviationReason("原因"))))).isEmpty();
    }

    @Test
    void r14aThresholdIsAProfileSetting() {
        Indicator row = indicator(IndicatorNature.AT_LEAST, "100", "%", "125", "90");
        RegionalProfile strict = new RegionalProfile("strict", "严格", "", d("20"), d("90"), d("10"), Map.of(), null, null, 0, 0);
        assertThat(check(new DeviationReasonRule(), withProjects(project("x", funds("1", "1", "1"), row)))).isEmpty();
        assertThat(check(new DeviationReasonRule(), withProjects(project("x", funds("1", "1", "1"), row)), strict))
                .singleElement().extracting(Finding::message)
                .isEqualTo("项目「x」指标「指标」完成值 125 高于指标值 100 达 25.00%（≥ 20%），须填写偏差原因分析及改进措施");
    }

    @Test
    void r15NumericTargetNeedsNumericActual() {
        assertThat(check(new NumericActualRule(), withProjects(project("x", funds("1", "1", "1"), MET)))).isEmpty();
        Indicator row = indicator(IndicatorNature.AT_LEAST, "90", "%", "完成", "90");
        assertThat(check(new NumericActualRule(), withProjects(project("x", funds("1", "1", "1"), row)))).singleElement()
                .extracting(Finding::message).isEqualTo("项目「x」指标「指标」指标值为 90%，完成值却写作“完成”，应填同一单位的数值");
    }

    @Test
    void r16TargetIsWellFormed() {
        assertThat(check(new TargetFormRule(), withProjects(project("x", funds("1", "1", "1"), MET)))).isEmpty();
        Indicator words = indicator(IndicatorNature.AT_LEAST, "≥100", "百分比", "100", "90");
        assertThat(check(new TargetFormRule(), withProjects(project("x", funds("1", "1", "1"), words)))).extracting(Finding::message)
                .containsExactly("项目「x」指标「指标」度量单位写作“百分比”，应写 %");
        Indicator sign = indicator(IndicatorNature.AT_MOST, "≥100", "%", "100", "90");
        assertThat(check(new TargetFormRule(), withProjects(project("x", funds("1", "1", "1"), sign)))).extracting(Finding::message)
                .containsExactly("项目「x」指标「指标」指标值“≥100”中的符号与指标性质“≤”不一致");
        Indicator text = indicator(IndicatorNature.AT_LEAST, "按时完成", "", "完成", "90");
        assertThat(check(new TargetFormRule(), withProjects(project("x", funds("1", "1", "1"), text)))).extracting(Finding::severity)
                .containsExactly(Severity.ERROR);
    }

    @Test
    void r23GoalSubAmountsAddUpToBudget() {
        Project ok = project("x", funds("60", "60", "60"), MET).withAnnualGoal("购置设备40万元，软件开发20万元。");
        assertThat(check(new GoalAmountsRule(), withProjects(ok))).isEmpty();
        Project withTotal = ok.withAnnualGoal("总投资60万元，其中设备40万元、软件20万元。");
        assertThat(check(new GoalAmountsRule(), withProjects(withTotal))).isEmpty();
        Project wrong = ok.withAnnualGoal("购置设备40万元，软件开发30万元。");
        assertThat(check(new GoalAmountsRule(), withProjects(wrong))).singleElement().extracting(Finding::message)
                .isEqualTo("项目「x」项目年度目标所列分项金额 40 万元 + 30 万元 = 70.00 万元，与预算 60.00 万元不符");
    }

    @Test
    void r24TextLimitsOfTheSichuanForm() {
        Project ok = project("x", funds("1", "1", "1"), MET).withGoalCompletion("完".repeat(100));
        assertThat(check(new TextLengthRule(), withProjects(ok))).isEmpty();
        Project longText = ok.withGoalCompletion("完".repeat(101));
        assertThat(check(new TextLengthRule(), withProjects(longText))).singleElement().extracting(Finding::message)
                .isEqualTo("项目「x」“年度目标完成情况”101 字，超过表内限定的 100 字");
        assertThat(check(new TextLengthRule(), withProjects(longText), RegionalProfile.NATIONAL)).isEmpty();
    }

    @Test
    void r26aProjectProseAgreesWithItsTable() {
        Project p = project("x", funds("157.3", "133.47", "133.47"), MET).withAdjustmentReason("调整");
        Project ok = p.withReportText("年初预算数157.3万元，调整预算数133.47万元，决算数133.47万元，执行率100%。")
                .withEvaluationConclusion("项目自评得分100分。");
        assertThat(check(new ProjectTextFiguresRule(), withProjects(ok))).isEmpty();
        Project wrong = p.withReportText("年初预算数157.3万元，调整预算数133.47万元，决算数133.47万元，执行率84.85%。")
                .withEvaluationConclusion("项目自评得分95分。");
        assertThat(check(new ProjectTextFiguresRule(), withProjects(wrong))).extracting(Finding::message).containsExactly(
                "项目「x」执行率写作 84.85%，按执行 133.47 ÷ 预算 133.47 万元应为 100.00%",
                "项目「x」得分写作 95 分，按自评表合计应为 100 分");
    }

    @ParameterizedTest(name = "执行率 {0}% 总分 {1} → 封顶 {2}")
    @CsvSource({
        "85, 100, ",
        "75, 90, 89",
        "75, 89, ",
        "65, 80, 79",
        "55, 70, 69",
        "45, 60, 59",
        "45, 59, ",
    })
    void p1TotalScoreCappedByExecutionRate(String rate, String total, String cap) {
        BudgetFigures f = funds("100", "100", rate);
        // weight 90 on one ≥ indicator scored to reach the wanted total with the execution score
        java.math.BigDecimal exec = d(rate).divide(d("10"));
        Indicator row = MET.withScore(d(total).subtract(exec).max(java.math.BigDecimal.ZERO).min(d("90")));
        Report r = withProjects(project("x", f, row));
        var found = check(new ScoreCapRule(), r);
        if (cap == null) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().extracting(Finding::message).asString().contains("总分不应超过 " + cap + " 分");
        }
        assertThat(check(new ScoreCapRule(), r, RegionalProfile.NATIONAL)).isEmpty();
    }

    @Test
    void p2OverCompletionDeductsPoints() {
        Indicator over = indicator(IndicatorNature.AT_LEAST, "100", "件", "150", "90");
        assertThat(check(new OverCompletionDeductionRule(), withProjects(project("x", funds("1", "1", "1"), over.withScore(d("88")))))).isEmpty();
        assertThat(check(new OverCompletionDeductionRule(), withProjects(project("x", funds("1", "1", "1"), over))))
                .singleElement().extracting(Finding::message)
                .isEqualTo("项目「x」指标「指标」完成值 150 高于指标值 100 达 50.00%（≥ 30%），指标值设定偏低，按四川省规则应扣 2 分（不超过 88 分），实得 90 分");
        assertThat(check(new OverCompletionDeductionRule(), withProjects(project("x", funds("1", "1", "1"), over)), RegionalProfile.NATIONAL)).isEmpty();
    }
}
