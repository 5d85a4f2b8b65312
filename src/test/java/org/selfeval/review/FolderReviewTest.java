package org.selfeval.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.audit.Auditor;
import org.selfeval.audit.Finding;
import org.selfeval.audit.Severity;
import org.selfeval.intake.StandardImport;
import org.selfeval.model.Report;

/**
 * 批量审核 of a folder of 37 entries: 35 reports of mixed kinds — report files, 报送包 zips and folders, a
 * published text, its Word copy, an exported 自评表 workbook; some with known errors — and two unreadable.
 */
class FolderReviewTest {
    @TempDir
    Path dir;

    @Test
    void theSummaryCountsEqualTheAuditOfEachReportAndTheUnreadableAreListed() throws Exception {
        Path folder = dir.resolve("收到的报告");
        ReviewFolderFixture fixture = ReviewFolderFixture.write(folder, 32);
        List<String> progress = new ArrayList<>();
        ReviewResult result = new FolderReview(StandardImport.create(), Auditor.standard())
                .review(folder, (done, total, current) -> progress.add(done + "/" + total), () -> false);

        List<String> expected = new ArrayList<>(fixture.reports);
        expected.addAll(fixture.others);
        assertThat(result.reports()).extracting(ReviewedReport::source).containsExactlyElementsOf(expected);
        assertThat(result.unreadable()).extracting(Unreadable::source).containsExactlyElementsOf(fixture.unreadable);
        assertThat(result.unreadable().get(0).reason()).contains("zz-损坏的报告.json");
        assertThat(result.unreadable().get(1).reason()).contains("压缩包中没有报告文件");
        assertThat(progress).first().isEqualTo("0/37");
        assertThat(progress).last().isEqualTo("37/37");

        // every count is the audit's own, for each report as its own file reads
        Report sample = org.selfeval.TestReports.sample();
        for (int i = 0; i < 32; i++) {
            List<Finding> audit = Auditor.standard().audit(ReviewFolderFixture.variant(sample, i));
            ReviewedReport row = result.reports().get(i);
            assertThat(row.errors()).as(row.source()).isEqualTo(count(audit, Severity.ERROR));
            assertThat(row.warnings()).as(row.source()).isEqualTo(count(audit, Severity.WARNING));
            assertThat(row.notices()).as(row.source()).isEqualTo(count(audit, Severity.INFO));
            assertThat(row.department()).isEqualTo("某市第" + (i + 1) + "局");
        }
        // the published text and its Word copy: the seed's own mistake (37 staff, the kinds add to 36) found in both
        for (String doc : List.of("t1-已发布的报告.txt", "t2-已发布的报告.docx")) {
            ReviewedReport row = result.reports().stream().filter(r -> r.source().equals(doc)).findFirst().orElseThrow();
            assertThat(row.department()).as("the original text has no title line").isEmpty();
            assertThat(row.year()).isEqualTo(2023);
            assertThat(row.statedScore()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("97.5"));
            assertThat(result.findings()).anySatisfy(f -> {
                assertThat(f.source()).isEqualTo(doc);
                assertThat(f.ruleId()).isEqualTo("R18a");
            });
        }
        ReviewedReport workbook = result.reports().stream().filter(r -> r.source().equals("t3-自评表.xlsx")).findFirst().orElseThrow();
        List<Finding> workbookAudit = Auditor.standard().audit(StandardImport.create()
                .reportFrom(folder.resolve("t3-自评表.xlsx"), java.time.Year.now().getValue() - 1));
        assertThat(workbook.errors() + workbook.warnings() + workbook.notices()).isEqualTo(workbookAudit.size());
        // the mistakes put in are found: a typed 99 against the sheet's 96.66
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.source()).isEqualTo(fixture.reports.get(0));
            assertThat(f.ruleId()).isEqualTo("R29a");
            assertThat(f.message()).contains("99", "96.66");
        });
        assertThat(result.anyError()).isTrue();

        Path xlsx = dir.resolve("汇总.xlsx");
        ReviewWorkbook.write(result, xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            DataFormatter fmt = new DataFormatter();
            Sheet summary = wb.getSheet(ReviewWorkbook.SUMMARY);
            assertThat(summary.getLastRowNum()).isEqualTo(35);
            Map<String, Long> perFile = result.findings().stream().collect(Collectors.groupingBy(ReviewFinding::source, Collectors.counting()));
            for (int i = 1; i <= 35; i++) {
                Row row = summary.getRow(i);
                ReviewedReport r = result.reports().get(i - 1);
                assertThat(fmt.formatCellValue(row.getCell(0))).isEqualTo(r.source());
                int errors = (int) row.getCell(7).getNumericCellValue();
                int warnings = (int) row.getCell(8).getNumericCellValue();
                int notices = (int) row.getCell(9).getNumericCellValue();
                assertThat(errors).isEqualTo(r.errors());
                assertThat((long) errors + warnings + notices).isEqualTo(perFile.getOrDefault(r.source(), 0L));
            }
            Sheet findings = wb.getSheet(ReviewWorkbook.FINDINGS);
            assertThat(findings.getLastRowNum()).isEqualTo(result.findings().size());
            Map<String, Long> sheetPerFile = new java.util.HashMap<>();
            for (int i = 1; i <= findings.getLastRowNum(); i++) {
                sheetPerFile.merge(findings.getRow(i).getCell(0).getStringCellValue(), 1L, Long::sum);
            }
            assertThat(sheetPerFile).isEqualTo(perFile);
            Sheet unreadable = wb.getSheet(ReviewWorkbook.UNREADABLE);
            assertThat(unreadable.getLastRowNum()).isEqualTo(2);
            assertThat(unreadable.getRow(2).getCell(1).getStringCellValue()).contains("压缩包中没有报告文件");
            Sheet comparison = wb.getSheet(ReviewWorkbook.COMPARISON);
            assertThat(comparison.getLastRowNum()).isEqualTo(35);
            assertThat(comparison.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(97.76);
            assertThat(fmt.formatCellValue(comparison.getRow(1).getCell(2))).isEqualTo("97.76");
        }
    }

    @Test
    void aCancelledReviewStopsAndSaysSo() throws Exception {
        Path folder = dir.resolve("f");
        ReviewFolderFixture.write(folder, 5);
        int[] seen = {0};
        ReviewResult r = new FolderReview(StandardImport.create(), Auditor.standard())
                .review(folder, (done, total, current) -> seen[0] = done, () -> seen[0] >= 2);
        // asked while the third entry was being read: that one is finished, no other is started
        assertThat(r.cancelled()).isTrue();
        assertThat(r.reports().size() + r.unreadable().size()).isEqualTo(3);
    }

    private static int count(List<Finding> f, Severity s) {
        return (int) f.stream().filter(x -> x.severity() == s).count();
    }

    @SuppressWarnings("unused")
    private static <T> Map<String, T> by(List<T> list, Function<T, String> key) {
        return list.stream().collect(Collectors.toMap(key, x -> x));
    }
}
