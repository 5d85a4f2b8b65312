package org.selfeval.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Project;
import org.selfeval.model.Report;

class SubmissionPackageTest {
    @TempDir
    Path dir;

    @Test
    void writesTheFolderAndAZipOfItWhoseFilesReadBack() throws Exception {
        Report sample = SampleDocuments.report();
        SubmissionPackage.Result result = SubmissionPackage.standard(false, false).write(sample, dir);

        Path folder = dir.resolve(sample.department().fullName() + sample.year() + "年度绩效自评报送材料");
        assertThat(result.cancelled()).isFalse();
        assertThat(result.folder()).isEqualTo(folder).isDirectory();
        assertThat(result.zip()).isEqualTo(dir.resolve(folder.getFileName() + ".zip")).isRegularFile();
        String pdfName = sample.title() + ".pdf";
        String xlsxName = sample.department().fullName() + sample.year() + "年度项目支出绩效自评表.xlsx";
        String jsonName = sample.title() + ".json";
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(pdfName, xlsxName, jsonName);
        }

        Path unzipped = dir.resolve("unzipped");
        List<String> entries = unzip(result.zip(), unzipped);
        String prefix = folder.getFileName() + "/";
        assertThat(entries).containsExactly(prefix + pdfName, prefix + xlsxName, prefix + jsonName);
        Path inside = unzipped.resolve(folder.getFileName().toString());

        assertThat(pdfText(inside.resolve(pdfName), 1).replaceAll("\\s", "")).contains(sample.title());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(inside.resolve(xlsxName)))) {
            assertThat(sample.projects()).isNotEmpty();
            for (Project p : sample.projects()) {
                assertThat(wb.getSheet(p.name())).as(p.name()).isNotNull();
            }
        }
        assertThat(ReportJson.read(inside.resolve(jsonName))).isEqualTo(sample);
    }

    @Test
    void aCancelBetweenFilesLeavesWholeFilesAndNoZip() throws Exception {
        Report sample = SampleDocuments.report();
        AtomicInteger asked = new AtomicInteger();
        SubmissionPackage.Result result = SubmissionPackage.standard(false, false)
                .write(sample, dir, () -> asked.incrementAndGet() > 2, (done, total, next) -> { });
        assertThat(result.cancelled()).isTrue();
        assertThat(result.files()).hasSize(2);
        assertThat(result.zip()).doesNotExist();
        try (Stream<Path> files = Files.list(result.folder())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .allSatisfy(n -> assertThat(n).doesNotStartWith(".").doesNotEndWith(".part"))
                    .hasSize(2);
        }
        assertThat(result.folder().resolve(sample.title() + ".json")).doesNotExist();
    }

    static String pdfText(Path pdf, int page) throws IOException {
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            return PdfTextExtractor.getTextFromPage(doc.getPage(page));
        }
    }

    static String pdfText(Path pdf) throws IOException {
        StringBuilder all = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                all.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
        }
        return all.toString();
    }

    private static List<String> unzip(Path zip, Path to) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                Path out = to.resolve(e.getName());
                Files.createDirectories(out.getParent());
                Files.copy(in, out);
            }
        }
        return names;
    }
}
