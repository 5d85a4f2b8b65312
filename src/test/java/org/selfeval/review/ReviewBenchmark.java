package org.selfeval.review;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.selfeval.audit.Auditor;
import org.selfeval.intake.StandardImport;

/**
 * 批量审核 of a folder of N reports (default 200; the fixture's mix of report files, 报送包 zips and folders,
 * a published text, its Word copy and a 自评表 workbook): wall time of the review and of writing the
 * summary workbook, and the peak heap used. A timing, not a test. Run with {@code mvn -Pbench test}, or
 * {@code java -Xmx256m -cp target/classes:target/test-classes:<deps> org.selfeval.review.ReviewBenchmark [N]}.
 */
public final class ReviewBenchmark {
    private ReviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path dir = Files.createTempDirectory("review-bench");
        Path folder = dir.resolve("reports");
        ReviewFolderFixture.write(folder, n);
        FolderReview review = new FolderReview(StandardImport.create(), Auditor.standard());
        review.review(folder, (d, t, c) -> { }, () -> false); // warm-up
        resetPeaks();
        long start = System.nanoTime();
        ReviewResult result = review.review(folder, (d, t, c) -> { }, () -> false);
        long reviewed = System.nanoTime();
        ReviewWorkbook.write(result, dir.resolve("summary.xlsx"));
        long written = System.nanoTime();
        System.out.printf("review of %d entries (%d reports, %d findings, %d unreadable): %.2f s; summary workbook %.2f s; "
                        + "peak heap %d MB (max %d MB)%n",
                result.reports().size() + result.unreadable().size(), result.reports().size(), result.findings().size(),
                result.unreadable().size(), (reviewed - start) / 1e9, (written - reviewed) / 1e9, peakHeapMb(),
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1024 / 1024;
    }
}
