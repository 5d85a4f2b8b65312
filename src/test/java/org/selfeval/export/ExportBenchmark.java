package org.selfeval.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.selfeval.bench.LiveRefreshTiming;
import org.selfeval.exchange.ReportJson;
import org.selfeval.export.docx.DocxExporter;
import org.selfeval.export.pdf.PdfExporter;
import org.selfeval.export.xlsx.XlsxExporter;
import org.selfeval.model.Report;
import org.selfeval.narrative.Seed;

/**
 * Times the sample's PDF and DOCX export in-process (warm) and, in the same run, LibreOffice converting
 * our own DOCX to PDF; then the XLSX workbook of 200 projects × 30 indicators in-process (warm). Run:
 * java -cp target/classes:target/test-classes:&lt;deps&gt; org.selfeval.export.ExportBenchmark.
 * {@code ExportBenchmark --write-big BIG.json} only writes that 200-project report, for cold runs of
 * {@code java -jar target/selfeval.jar export --input BIG.json --xlsx out.xlsx} under /usr/bin/time -v.
 */
public final class ExportBenchmark {
    private static final int WARMUP = 5;
    private static final int RUNS = 10;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--write-big")) {
            ReportJson.write(big(), Path.of(args[1]));
            return;
        }
        Report report = SampleDocuments.report();
        Path dir = Files.createTempDirectory("selfeval-bench");
        PdfExporter pdf = new PdfExporter();
        DocxExporter docx = new DocxExporter();
        long pdfMs = median(() -> pdf.export(report, dir.resolve("r.pdf")));
        long docxMs = median(() -> docx.export(report, dir.resolve("r.docx")));
        System.out.printf("PDF  export (warm, median of %d): %d ms, %d bytes%n", RUNS, pdfMs, Files.size(dir.resolve("r.pdf")));
        System.out.printf("DOCX export (warm, median of %d): %d ms, %d bytes%n", RUNS, docxMs, Files.size(dir.resolve("r.docx")));
        long lo = libreOffice(dir);
        if (lo > 0) {
            // a cold process against the warm export above: no ratio here (src/test/bench/run.sh compares cold with cold)
            System.out.printf("LibreOffice DOCX→PDF, a new process each (median of 3): %d ms%n", lo);
        } else {
            System.out.println("LibreOffice not available: no comparison");
        }
        Report big = big();
        XlsxExporter xlsx = new XlsxExporter();
        long xlsxMs = median(() -> xlsx.export(big, dir.resolve("big.xlsx")));
        System.out.printf("XLSX export of 200 projects × 30 indicators (warm, median of %d): %d ms, %d bytes%n", RUNS, xlsxMs,
                Files.size(dir.resolve("big.xlsx")));
    }

    /** The sample with 200 projects of 30 indicators each (as LiveRefreshTiming makes it). */
    static Report big() {
        return LiveRefreshTiming.large(Seed.sample(), 200, 30);
    }

    interface Job {
        void run() throws Exception;
    }

    static long median(Job job) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            job.run();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            job.run();
            times.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    static long libreOffice(Path dir) throws Exception {
        List<Long> times = new ArrayList<>();
        Path out = dir.resolve("lo");
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            Process p;
            try {
                p = new ProcessBuilder("libreoffice", "--headless", "--convert-to", "pdf", "--outdir", out.toString(),
                        dir.resolve("r.docx").toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
            } catch (java.io.IOException e) {
                return -1;
            }
            if (p.waitFor() != 0 || !Files.exists(out.resolve("r.pdf"))) {
                return -1;
            }
            times.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
        }
        Collections.sort(times);
        return times.get(1);
    }
}
