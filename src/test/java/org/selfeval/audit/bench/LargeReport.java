package org.selfeval.audit.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorBuilder;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.Project;
import org.selfeval.model.QualitativeGrade;
import org.selfeval.model.Report;

/** A report the size of a large department: the seed's chapters with N projects × M indicator rows and prose. */
public final class LargeReport {
    private static final IndicatorNature[] NATURES = {IndicatorNature.AT_LEAST, IndicatorNature.EQUAL, IndicatorNature.AT_MOST,
        IndicatorNature.QUALITATIVE};

    private LargeReport() {
    }

    public static Report of(Report seed, int projects, int indicators) {
        Random random = new Random(20231231L);
        Project template = seed.projects().get(seed.projects().size() - 1);
        List<Project> list = new ArrayList<>(projects);
        for (int i = 0; i < projects; i++) {
            BigDecimal initial = BigDecimal.valueOf(50 + random.nextInt(500)).setScale(2);
            BigDecimal adjusted = random.nextBoolean() ? initial : initial.add(BigDecimal.valueOf(random.nextInt(40) - 20));
            BigDecimal executed = adjusted.multiply(BigDecimal.valueOf(70 + random.nextInt(31))).movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP);
            BudgetFigures funds = new BudgetFigures(initial, adjusted, executed);
            List<Indicator> rows = new ArrayList<>(indicators);
            for (int j = 0; j < indicators; j++) {
                rows.add(row(random, j, indicators));
            }
            String name = "项目" + (i + 1) + "信息化建设运行维护";
            list.add(template.withId("p" + i).withName(name).withFunds(Map.of(FundSource.FISCAL, funds)).withIndicators(rows)
                    .withExecutionWeight(new BigDecimal("10"))
                    .withReportText("主要用于" + name + "，年初预算数" + initial + "万元，调整预算数" + adjusted + "万元，决算数" + executed
                            + "万元，执行率" + funds.executionRate().map(r -> r.setScale(2, java.math.RoundingMode.HALF_UP)).orElseThrow()
                            + "%。全年办理政务服务事项189.44万件次，好评率99.99%，乐山市营商环境服务管理局按期整改14件。")
                    .withEvaluationConclusion("项目自评得分" + (80 + random.nextInt(20)) + "分，系统建成并实现全市通办。"));
        }
        List<Indicator> dept = new ArrayList<>();
        for (int j = 0; j < indicators; j++) {
            dept.add(row(random, j, indicators));
        }
        var analysis = seed.performance().projectAnalysis().withGoalAchievementText("2023年度部门整体支出绩效目标中设定三级指标" + indicators
                + "个,实际完成指标" + indicators + "个,没有未达到预期指标或超过预期指标30%以上的单个指标。申报特定目标类预算项目" + projects
                + "个,实际完成特定目标类预算项目" + projects + "个,没有未达到预期指标或超过预期指标30%以上的单个指标。");
        return seed.withProjects(list)
                .withBasics(seed.basics().withTargets(seed.basics().targets().withIndicators(dept).withText("部门整体支出绩效目标如下表。")))
                .withPerformance(seed.performance().withProjectAnalysis(analysis));
    }

    private static Indicator row(Random random, int j, int count) {
        IndicatorNature nature = NATURES[j % NATURES.length];
        BigDecimal weight = j == count - 1 ? BigDecimal.valueOf(90 - 3L * (count - 1)) : BigDecimal.valueOf(3);
        IndicatorBuilder b = IndicatorBuilder.builder().level1(j % 3 == 0 ? "产出指标" : j % 3 == 1 ? "效益指标" : "满意度指标")
                .level2("数量指标").name("三级指标" + (j + 1)).nature(nature).weight(weight).deviationReason(j % 5 == 0 ? "" : "按计划推进");
        if (nature == IndicatorNature.QUALITATIVE) {
            return b.target("健全").actual("基本健全").grade(QualitativeGrade.ACHIEVED).score(weight).build();
        }
        int target = 50 + random.nextInt(50);
        int actual = target + random.nextInt(40) - 15;
        return b.target(String.valueOf(target)).unit(j % 2 == 0 ? "%" : "个").actual(String.valueOf(actual)).build();
    }
}
