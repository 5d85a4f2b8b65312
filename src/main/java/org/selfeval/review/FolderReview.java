package org.selfeval.review;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.selfeval.audit.Auditor;
import org.selfeval.audit.Finding;
import org.selfeval.audit.Severity;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.intake.FileImport;
import org.selfeval.model.Grade;
import org.selfeval.model.Report;
import org.selfeval.profile.RegionalProfile;
import org.selfeval.scoring.DepartmentScore;

/**
 * 批量审核: every report of a folder read and audited with its region's rules, one at a time (only the
 * summary row and the findings are kept, so memory does not grow with the reports' size). A file that
 * cannot be read is listed with the reason; nothing in the folder is changed.
 */
public final class FolderReview {
    /** How many findings the summary row quotes. */
    static final int TOP = 3;

    /** Progress: {@code done} of {@code total} entries, the one being read now. */
    public interface Progress {
        void at(int done, int total, String current);
    }

    private final FileImport fileImport;
    private final Auditor auditor;

    public FolderReview(FileImport fileImport, Auditor auditor) {
        this.fileImport = fileImport;
        this.auditor = auditor;
    }

    public ReviewResult review(Path folder, Progress progress, BooleanSupplier cancelled) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("不是文件夹：" + folder);
        }
        List<Path> entries = ReviewEntries.of(folder);
        List<ReviewedReport> reports = new ArrayList<>();
        List<ReviewFinding> findings = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        Path scratch = Files.createTempDirectory("selfeval-review");
        try {
            ReviewSource source = new ReviewSource(fileImport, Year.now().getValue() - 1, scratch);
            for (int i = 0; i < entries.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    return new ReviewResult(reports, findings, unreadable, true);
                }
                Path entry = entries.get(i);
                String name = folder.relativize(entry).toString() + (Files.isDirectory(entry) ? "/" : "");
                progress.at(i, entries.size(), name);
                try {
                    Report report = source.read(entry);
                    List<Finding> found = sorted(auditor.audit(report));
                    reports.add(row(name, report, found));
                    for (Finding f : found) {
                        findings.add(new ReviewFinding(name, f.ruleId(), f.severity().label(), f.message(), f.location().toString()));
                    }
                } catch (ReportFormatException e) {
                    unreadable.add(new Unreadable(name, e.getMessage()));
                } catch (IOException | RuntimeException | OutOfMemoryError e) {
                    unreadable.add(new Unreadable(name, "无法读取：" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
                }
            }
            progress.at(entries.size(), entries.size(), "");
            return new ReviewResult(reports, findings, unreadable, false);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    private static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
    }

    static ReviewedReport row(String name, Report r, List<Finding> found) {
        Optional<BigDecimal> stated = Optional.ofNullable(r.conclusion().score());
        Optional<BigDecimal> computed = DepartmentScore.of(r).filter(s -> !r.departmentSheet().isEmpty()).flatMap(DepartmentScore::total);
        Optional<BigDecimal> graded = computed.or(() -> stated);
        String grade = graded.map(s -> RegionalProfile.forId(r.profile()).gradeOf(s)).map(Grade::label).orElse("");
        return new ReviewedReport(name, r.department().fullName(), r.year(), RegionalProfile.forId(r.profile()).name(), stated, computed,
                grade, count(found, Severity.ERROR), count(found, Severity.WARNING), count(found, Severity.INFO),
                found.stream().limit(TOP).map(f -> "[" + f.severity().label() + "] " + f.message()).toList(),
                ReportFigures.executionRate(r), ReportFigures.threePublicChange(r));
    }

    private static int count(List<Finding> found, Severity s) {
        return (int) found.stream().filter(f -> f.severity() == s).count();
    }
}
