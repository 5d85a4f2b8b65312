package org.selfeval.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.Finances;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.narrative.Seed;

class ChartDataFactoryTest {
    private final Report sample = Seed.sample();

    private static List<BigDecimal> values(ChartData c, int series) {
        return c.series().get(series).values();
    }

    @Test
    void incomePieLeavesZeroSourcesOut() {
        ChartData c = ChartDataFactory.incomeBySource(sample);
        assertThat(c.kind()).isEqualTo(ChartData.Kind.PIE);
        assertThat(c.categories()).containsExactly("一般公共预算财政拨款收入");
        assertThat(values(c, 0)).containsExactly(new BigDecimal("1123.58"));
        assertThat(c.unit()).isEqualTo("万元");
        assertThat(c.title()).contains("2023");
    }

    @Test
    void expenditurePieWithTheSeedsFigures() {
        ChartData c = ChartDataFactory.expenditureByCategory(sample);
        assertThat(c.categories()).containsExactly("基本支出", "项目支出");
        assertThat(values(c, 0)).containsExactly(new BigDecimal("878.87"), new BigDecimal("245.38"));
        BigDecimal sum = values(c, 0).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(sample.finances().expenditureTotal());
    }

    @Test
    void aZeroTotalGivesAnEmptyPie() {
        Report r = sample.withFinances(Finances.EMPTY.withIncome(IncomeSource.OTHER, BigDecimal.ZERO));
        assertThat(ChartDataFactory.incomeBySource(r).categories()).isEmpty();
        assertThat(ChartDataFactory.expenditureByCategory(r).categories()).isEmpty();
    }

    @Test
    void projectBarsSideBySide() {
        ChartData c = ChartDataFactory.projectBudgets(sample);
        assertThat(c.kind()).isEqualTo(ChartData.Kind.BAR);
        assertThat(c.categories()).containsExactly("政务大厅运行经费", "乐山市不动产联审登记全市通办系统信息化建设");
        assertThat(c.series()).extracting(ChartData.Series::name).containsExactly("年初预算", "调整后预算", "执行数");
        assertThat(values(c, 0)).containsExactly(new BigDecimal("157.30"), new BigDecimal("60.00"));
        assertThat(values(c, 1)).containsExactly(new BigDecimal("133.47"), new BigDecimal("60.00"));
        assertThat(values(c, 2)).containsExactly(new BigDecimal("133.47"), new BigDecimal("11.24"));
    }

    @Test
    void indicatorWeightsAndScoresByLevel1OverAllProjects() {
        ChartData c = ChartDataFactory.indicatorsByLevel1(sample);
        assertThat(c.categories()).containsExactly("预算执行", "产出指标", "成本指标", "效益指标", "满意度指标");
        // 预算执行: weight 10 per project; scores 10 (100 %) + 1.87 (11.24 / 60 = 18.73 %)
        assertThat(values(c, 0)).containsExactly(new BigDecimal("20.00"), new BigDecimal("50.00"),
                new BigDecimal("10.00"), new BigDecimal("20.00"), new BigDecimal("10.00"));
        Project p2 = sample.projects().get(1);
        BigDecimal execution = sample.projects().get(0).executionScore().orElseThrow()
                .add(p2.executionScore().orElseThrow());
        assertThat(values(c, 1).get(0)).isEqualByComparingTo(execution).isEqualByComparingTo("11.87");
        BigDecimal benefit = p2.indicators().stream().filter(i -> i.level1().equals("效益指标"))
                .map(i -> i.effectiveScore().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(values(c, 1).get(3)).isEqualByComparingTo(benefit).isEqualByComparingTo("19.00");
        BigDecimal scores = values(c, 1).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal totals = sample.projects().stream().map(p -> p.totalScore().orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(scores).isEqualByComparingTo(totals);
    }

    @Test
    void aRowWithoutScoreAddsToTheWeightOnly() {
        Project p = sample.projects().get(1);
        Indicator unscored = p.indicators().get(0).withActual("完成");
        Report r = sample.withProjects(List.of(p.withIndicators(List.of(unscored))));
        ChartData c = ChartDataFactory.indicatorsByLevel1(r);
        assertThat(c.categories()).containsExactly("预算执行", "产出指标");
        assertThat(values(c, 0).get(1)).isEqualByComparingTo("20");
        assertThat(values(c, 1).get(1)).isNull();
    }

    @Test
    void yearOnYearOnlyWithLastYear() {
        assertThat(ChartDataFactory.yearOnYear(sample, Optional.empty())).isEmpty();
        Report last = sample.withYear(2022).withFinances(sample.finances()
                .withExpenditure(ExpenditureCategory.BASIC, new BigDecimal("800.00")));
        ChartData c = ChartDataFactory.yearOnYear(sample, Optional.of(last)).orElseThrow();
        assertThat(c.categories()).containsExactly("收入合计", "支出合计", "基本支出", "项目支出", "年末结转结余");
        assertThat(c.series()).extracting(ChartData.Series::name).containsExactly("2022年", "2023年");
        assertThat(values(c, 1)).containsExactly(new BigDecimal("1123.58"), new BigDecimal("1124.25"),
                new BigDecimal("878.87"), new BigDecimal("245.38"), new BigDecimal("48.76"));
        assertThat(values(c, 0).get(1)).isEqualByComparingTo("1045.38");
        // income, expenditure, projects, indicators, the department sheet (the sample has one), this year against last
        assertThat(ChartDataFactory.all(sample, Optional.of(last))).hasSize(6);
        assertThat(ChartDataFactory.all(sample, Optional.empty())).hasSize(5);
    }

    @org.junit.jupiter.api.Test
    void theDepartmentSheetChartSumsWeightAndScoreBy一级指标() throws Exception {
        org.selfeval.model.Report sample = org.selfeval.TestReports.sample();
        var chart = ChartDataFactory.departmentSheet(sample).orElseThrow();
        assertThat(chart.categories()).containsExactly("绩效目标", "预算执行", "预算管理");
        assertThat(chart.series().get(0).values()).containsExactly(new java.math.BigDecimal("40"), new java.math.BigDecimal("40"),
                new java.math.BigDecimal("20"));
        assertThat(chart.series().get(1).values()).containsExactly(new java.math.BigDecimal("38.00"), new java.math.BigDecimal("39.66"),
                new java.math.BigDecimal("19.00"));
        assertThat(ChartDataFactory.departmentSheet(sample.withDepartmentSheet(null))).isEmpty();
        assertThat(ChartSet.of(sample, java.util.Optional.empty()).all()).contains(chart);
    }
}
