package org.selfeval.review;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.selfeval.TestReports;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Department;
import org.selfeval.model.ExpenditureCategory;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Report;

/**
 * A folder as a finance office receives it: report files of many departments (some with errors put in
 * on purpose), 报送包 as zips and as folders, and files that are not reports at all.
 */
final class ReviewFolderFixture {
    /** The reports written, by their name in the folder. */
    final List<String> reports = new ArrayList<>();
    /** Entries of other kinds than our report file, by name. */
    final List<String> others = new ArrayList<>();
    /** The names that cannot be read. */
    final List<String> unreadable = new ArrayList<>();

    static ReviewFolderFixture write(Path folder, int departments) throws Exception {
        ReviewFolderFixture f = new ReviewFolderFixture();
        Files.createDirectories(folder);
        Report sample = TestReports.sample();
        for (int i = 0; i < departments; i++) {
            Report r = variant(sample, i);
            String name = String.format("%02d-%s.json", i, r.department().shortName());
            if (i % 10 == 3) {
                // a 报送包 zip holding the report file
                name = String.format("%02d-报送包.zip", i);
                try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(folder.resolve(name)))) {
                    z.putNextEntry(new ZipEntry(r.department().fullName() + "/报告.json"));
                    z.write(ReportJson.write(r).getBytes(StandardCharsets.UTF_8));
                    z.putNextEntry(new ZipEntry(r.department().fullName() + "/说明.txt"));
                    z.write("报送说明".getBytes(StandardCharsets.UTF_8));
                }
            } else if (i % 10 == 7) {
                // an unpacked 报送包 folder
                name = String.format("%02d-报送包", i);
                Path dir = Files.createDirectories(folder.resolve(name));
                ReportJson.write(r, dir.resolve(r.title() + ".json"));
                name = name + "/";
            } else {
                ReportJson.write(r, folder.resolve(name));
            }
            f.reports.add(name);
        }
        // other kinds: last year's published text, a Word copy of it, an exported 自评表 workbook
        Files.copy(Path.of("sample-data/leshan-2023-original.txt"), folder.resolve("t1-已发布的报告.txt"));
        f.others.add("t1-已发布的报告.txt");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             OutputStream out = Files.newOutputStream(folder.resolve("t2-已发布的报告.docx"))) {
            for (String line : Files.readAllLines(Path.of("sample-data/leshan-2023-original.txt"), StandardCharsets.UTF_8)) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        f.others.add("t2-已发布的报告.docx");
        new org.selfeval.export.xlsx.XlsxExporter().export(variant(sample, 2), folder.resolve("t3-自评表.xlsx"));
        f.others.add("t3-自评表.xlsx");
        Files.writeString(folder.resolve("zz-损坏的报告.json"), "{\"format\":\"selfeval-report\",\"report\":{", StandardCharsets.UTF_8);
        f.unreadable.add("zz-损坏的报告.json");
        try (OutputStream out = Files.newOutputStream(folder.resolve("zz-空压缩包.zip"));
             ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("照片.png"));
            z.write(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
        f.unreadable.add("zz-空压缩包.zip");
        Files.writeString(folder.resolve(".DS_Store"), "x");
        Files.writeString(folder.resolve("~$正在编辑.docx"), "x");
        return f;
    }

    /** Department i: its own name, a changed size, and for some a known mistake. */
    static Report variant(Report sample, int i) {
        BigDecimal factor = BigDecimal.ONE.add(new BigDecimal(i).movePointLeft(2));
        Report r = sample.withId("dept-" + i).withDepartment(new Department("某市第" + (i + 1) + "局", "第" + (i + 1) + "局"));
        if (i % 4 == 1) {
            // income typed without its paragraph following: the 文数一致 rule reports it
            r = r.withFinances(r.finances().withIncome(IncomeSource.GENERAL_PUBLIC_BUDGET,
                    r.finances().income(IncomeSource.GENERAL_PUBLIC_BUDGET).multiply(factor).setScale(2, java.math.RoundingMode.HALF_UP)));
        }
        if (i % 4 == 2) {
            r = r.withFinances(r.finances().withIncomeText(null).withExpenditureText(null).withCarryoverText(null)
                    .withExpenditure(ExpenditureCategory.BASIC, r.finances().expenditure(ExpenditureCategory.BASIC).add(BigDecimal.ONE)));
        }
        if (i % 5 == 0) {
            r = r.withConclusion(r.conclusion().withScore(new BigDecimal("99")));
        }
        return r;
    }
}
