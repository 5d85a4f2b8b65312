package org.selfeval.audit.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.selfeval.audit.AuditContext;
import org.selfeval.audit.AuditRule;
import org.selfeval.audit.Auditor;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

/**
 * Plain benchmark harness (not a unit test), run by {@code mvn -Pbench test}: times a full audit of
 * the seed and of a generated report of 200 projects × 30 indicators, after a warm-up, and prints
 * median, 90th percentile and mean, the slowest rules on the large report, and the audit's time at
 * 1 to 2,000 projects of 30 indicators ({@link #scaling}). Each audit is of the
 * report after one more keystroke in one of its texts ({@link #keystroke}), never the same report twice.
 */
public final class AuditBenchmark {
    private static final long WARMUP_NANOS = 3_000_000_000L;
    private static final int RUNS = 200;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Report seed = ReportJson.read(Path.of(args.length > 0 ? args[0] : "sample-data/leshan-2023.json"));
        Report large = LargeReport.of(seed, 200, 30);
        Auditor auditor = Auditor.standard();
        System.out.printf(Locale.ROOT, "审核基准 (Java %s, %d 核, load average %.2f)%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        measure("seed (leshan-2023.json)", auditor, seed, 2.0);
        measure("large (200 projects x 30 indicators)", auditor, large, 16.0);
        perRule(auditor, large);
        scaling(seed);
    }

    /** Projects of 30 indicators each, from one to 2,000: how the audit after a keystroke grows. */
    private static final int[] SCALE = {1, 10, 100, 500, 1000, 2000};

    /**
     * One line per size: the audit after a keystroke, median and slowest of 30, wall and thread CPU,
     * each size with an auditor of its own (as a window has) warmed up on it for a second.
     */
    private static void scaling(Report seed) {
        System.out.println("audit after one keystroke by report size (30 indicators per project; median / slowest of 30):");
        for (int projects : SCALE) {
            Timings t = time(Auditor.standard(), LargeReport.of(seed, projects, 30), 1_000_000_000L, 30);
            System.out.printf(Locale.ROOT, "  %5d projects  findings=%6d  wall %8.2f / %8.2f ms  cpu %8.2f / %8.2f ms (sink %d)%n", projects,
                    t.findings(), t.wallMillis(15), t.wallMillis(29), t.cpuMillis(15), t.cpuMillis(29), t.sink() % 10);
        }
    }

    /**
     * The report after the n-th keystroke: one project's text (in turn) has one more character. Each
     * audit sees a report it has not seen, as in the editor, where all but one field are as before.
     */
    static Report keystroke(Report report, int n) {
        if (report.projects().isEmpty()) {
            return report.withFinances(report.finances().withIncomeText(report.finances().incomeText() + n));
        }
        List<org.selfeval.model.Project> projects = new java.util.ArrayList<>(report.projects());
        int i = n % projects.size();
        org.selfeval.model.Project p = projects.get(i);
        projects.set(i, p.withReportText((p.reportText() == null ? "" : p.reportText()) + "执行" + n + "万元。"));
        return report.withProjects(projects);
    }

    /** Wall and thread-CPU nanoseconds of each audit, sorted, and the findings of the last. */
    private record Timings(long[] wall, long[] cpu, int findings, long sink) {
        double wallMillis(int i) {
            return wall[i] / 1e6;
        }

        double cpuMillis(int i) {
            return cpu[i] / 1e6;
        }
    }

    /** Audits the report after keystrokes for warmupNanos, then times runs audits, each of a report not seen before. */
    private static Timings time(Auditor auditor, Report report, long warmupNanos, int runs) {
        long sink = 0;
        long end = System.nanoTime() + warmupNanos;
        for (int k = 0; System.nanoTime() < end; k++) {
            sink += auditor.audit(keystroke(report, 1_000_000 + k)).size();
        }
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        int findings = 0;
        for (int i = 0; i < runs; i++) {
            Report typed = keystroke(report, i);
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            findings = auditor.audit(typed).size();
            wall[i] = System.nanoTime() - t0;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timings(wall, cpu, findings, sink);
    }

    private static void measure(String name, Auditor auditor, Report report, double goalMillis) {
        long gc0 = gcMillis();
        Timings t = time(auditor, report, WARMUP_NANOS, RUNS);
        long gc = gcMillis() - gc0;
        double median = t.wallMillis(RUNS / 2);
        double p90 = t.wallMillis(RUNS * 9 / 10);
        double cpuMedian = t.cpuMillis(RUNS / 2);
        System.out.printf(Locale.ROOT, "%-38s findings=%4d  wall median=%7.3f ms  p90=%7.3f ms  cpu median=%7.3f ms  GC %d ms in %d runs  goal<=%.0f ms: %s (sink %d)%n",
                name, t.findings(), median, p90, cpuMedian, gc, RUNS, goalMillis, Math.min(median, cpuMedian) <= goalMillis ? "OK" : "SLOW", t.sink() % 10);
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static void perRule(Auditor auditor, Report report) {
        AuditContext context = AuditContext.of(report);
        System.out.println("slowest rules on the large report (median thread CPU time of 50 runs):");
        record Timing(String id, double millis) {
        }
        List<Timing> timings = auditor.rules().stream().map(rule -> new Timing(rule.id(), median(rule, report, context)))
                .sorted((a, b) -> Double.compare(b.millis(), a.millis())).limit(8).toList();
        timings.forEach(t -> System.out.printf(Locale.ROOT, "  %-5s %8.3f ms%n", t.id(), t.millis()));
    }

    private static double median(AuditRule rule, Report report, AuditContext context) {
        long[] times = new long[50];
        for (int i = 0; i < times.length; i++) {
            Report typed = keystroke(report, 2_000_000 + i);
            long t0 = THREADS.getCurrentThreadCpuTime();
            rule.check(typed, context);
            times[i] = THREADS.getCurrentThreadCpuTime() - t0;
        }
        Arrays.sort(times);
        return times[times.length / 2] / 1e6;
    }
}
