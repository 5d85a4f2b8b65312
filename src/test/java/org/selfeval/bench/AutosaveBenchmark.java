package org.selfeval.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.selfeval.model.Indicator;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.narrative.Seed;
import org.selfeval.store.SqliteWorkspace;

/**
 * Autosave of one edit, wall time of {@link SqliteWorkspace#save} as the editor calls it: the report
 * is saved once, then every run changes one indicator's 实际值 in one project (a new report per edit,
 * as the editor makes) and saves it. Prints p50/p99 for the sample, 200 projects (3 indicators each)
 * and 200 projects × 30 indicators. A figure, not a test: run
 * {@code mvn -B -Pbench test} or {@code java -cp target/classes:target/test-classes:<deps> org.selfeval.bench.AutosaveBenchmark [runs]}.
 */
public final class AutosaveBenchmark {
    private static final int WARMUP = 30;

    private AutosaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Report sample = Seed.sample();
        Path dir = Files.createTempDirectory("selfeval-autosave");
        measure("sample", sample, dir.resolve("sample.db"), runs);
        measure("200 projects", LiveRefreshTiming.large(sample, 200, 3), dir.resolve("p200.db"), runs);
        measure("200 × 30", LiveRefreshTiming.large(sample, 200, 30), dir.resolve("p200x30.db"), runs);
    }

    private static void measure(String name, Report start, Path file, int runs) {
        List<Long> micros = new ArrayList<>(runs);
        List<Long> cpu = new ArrayList<>(runs);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (SqliteWorkspace ws = SqliteWorkspace.open(file)) {
            ws.save(start);
            Report r = start;
            for (int n = 0; n < WARMUP + runs; n++) {
                r = edit(r, n);
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                ws.save(r);
                long us = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t);
                if (n >= WARMUP) {
                    micros.add(us);
                    cpu.add(TimeUnit.NANOSECONDS.toMicros(threads.getCurrentThreadCpuTime() - c));
                }
            }
        }
        Collections.sort(micros);
        Collections.sort(cpu);
        int p99 = (int) Math.ceil(runs * 0.99) - 1;
        System.out.printf("autosave of one edit, %s (%d projects, %d saves): wall p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                        + " CPU p50 %.1f ms, p99 %.1f ms%n",
                name, start.projects().size(), runs, micros.get(runs / 2) / 1000.0, micros.get(p99) / 1000.0,
                micros.get(runs - 1) / 1000.0, cpu.get(runs / 2) / 1000.0, cpu.get(p99) / 1000.0);
    }

    /** The n-th edit: one indicator's 实际值 of one project (or the conclusion when there is none). */
    static Report edit(Report r, int n) {
        if (r.projects().isEmpty()) {
            return r.withConclusion(r.conclusion().withProblems("第 " + n + " 次编辑"));
        }
        int p = (n * 7) % r.projects().size();
        Project project = r.projects().get(p);
        if (project.indicators().isEmpty()) {
            project = project.withImplementationSummary("第 " + n + " 次编辑");
        } else {
            List<Indicator> rows = new ArrayList<>(project.indicators());
            int i = n % rows.size();
            rows.set(i, rows.get(i).withActual(new BigDecimal(80 + n % 20).toPlainString()));
            project = project.withIndicators(rows);
        }
        List<Project> projects = new ArrayList<>(r.projects());
        projects.set(p, project);
        return r.withProjects(projects);
    }
}
