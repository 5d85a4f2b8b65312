package org.selfeval.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.selfeval.charts.ChartDataFactory;
import org.selfeval.charts.ChartSet;
import org.selfeval.document.DocumentOptions;
import org.selfeval.document.ReportDocumentBuilder;
import org.selfeval.model.BudgetFigures;
import org.selfeval.model.FundSource;
import org.selfeval.model.Indicator;
import org.selfeval.model.IndicatorNature;
import org.selfeval.model.PerformanceTargets;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.narrative.Narrative;
import org.selfeval.narrative.Seed;

/**
 * A rough timing of what runs on every keystroke: Narrative, ReportDocumentBuilder and
 * ChartDataFactory, on the sample and on a generated report of 200 projects × 30 indicators.
 * Run: {@code java -cp target/classes:target/test-classes:<deps> org.selfeval.bench.LiveRefreshTiming}.
 */
public final class LiveRefreshTiming {
    private LiveRefreshTiming() {
    }

    public static void main(String[] args) {
        Report sample = Seed.sample();
        Report large = large(sample, 200, 30);
        for (Report r : List.of(sample, large)) {
            String name = r == sample ? "sample" : "200×30";
            time(name, "Narrative.of", r, Narrative::of);
            time(name, "ReportDocumentBuilder.build", r, ReportDocumentBuilder::build);
            time(name, "ChartDataFactory.all", r, x -> ChartDataFactory.all(x, Optional.of(sample)));
            time(name, "one refresh (all three once)", r, x -> {
                Narrative narrative = Narrative.of(x);
                ChartSet charts = ChartSet.of(x, Optional.of(sample));
                return ReportDocumentBuilder.build(x, DocumentOptions.PREVIEW, narrative, charts);
            });
        }
    }

    private static void time(String report, String what, Report r, Function<Report, Object> f) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) threads;
        long self = Thread.currentThread().getId();
        Object sink = null;
        long warmUntil = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            sink = f.apply(r);
        }
        int n = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long bytesStart = alloc.getThreadAllocatedBytes(self);
        long start = System.nanoTime();
        long end = start + 3_000_000_000L;
        long now;
        do {
            sink = f.apply(r);
            n++;
            now = System.nanoTime();
        } while (now < end);
        double wall = (now - start) / 1000.0 / n;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1000.0 / n;
        double kb = (alloc.getThreadAllocatedBytes(self) - bytesStart) / 1024.0 / n;
        System.out.printf("%-7s %-30s wall %9.1f µs, cpu %9.1f µs, alloc %8.1f KB per call (%d calls)%s%n",
                report, what, wall, cpu, kb, n, sink == null ? "?" : "");
    }

    /** The sample with {@code projects} projects of {@code indicators} indicator rows each, and 30 department rows. */
    public static Report large(Report sample, int projects, int indicators) {
        List<Project> list = new ArrayList<>(projects);
        for (int p = 0; p < projects; p++) {
            List<Indicator> rows = new ArrayList<>(indicators);
            for (int i = 0; i < indicators; i++) {
                rows.add(row(i, p));
            }
            BudgetFigures f = new BudgetFigures(new BigDecimal(50 + p), new BigDecimal(60 + p), new BigDecimal(55 + p));
            list.add(new Project("p" + p, null, "项目" + p, "主管部门", "实施单位", Map.of(FundSource.FISCAL, f), null,
                    "", "", "目标", "完成", "概述", rows, "结论", "问题", "措施", "", "", "用途与产出。", null));
        }
        List<Indicator> dept = new ArrayList<>(30);
        for (int i = 0; i < 30; i++) {
            dept.add(row(i, 0));
        }
        return sample.withProjects(list).withBasics(sample.basics().withTargets(new PerformanceTargets("", dept)));
    }

    private static Indicator row(int i, int p) {
        String[] level1 = {"产出指标", "效益指标", "满意度指标", "成本指标"};
        IndicatorNature nature = i % 3 == 0 ? IndicatorNature.AT_MOST : IndicatorNature.AT_LEAST;
        return new Indicator(level1[i % 4], "二级", "指标" + i, nature, Integer.toString(90 + i % 10), "%",
                Integer.toString(85 + (i + p) % 20), new BigDecimal("3.00"), null, null, "");
    }
}
