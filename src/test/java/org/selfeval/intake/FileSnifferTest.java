package org.selfeval.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.exchange.ReportFormatException;

class FileSnifferTest {
    @TempDir
    Path dir;

    @Test
    void tellsEachKindByItsContentNotItsName() throws Exception {
        Path xlsx = dir.resolve("表.docx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            wb.createSheet("Z01 收入支出决算总表(财决01表)");
            wb.write(out);
        }
        Path xls = dir.resolve("表.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("收入支出决算总表");
            wb.createSheet("支出决算表");
            wb.write(out);
        }
        Path docx = dir.resolve("报告.xlsx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("一、部门基本情况");
            doc.write(out);
        }
        Path pdf = Files.write(dir.resolve("a.pdf"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        Path json = Files.write(dir.resolve("r.txt"), "\uFEFF \n {\"format\":\"selfeval-report\"}".getBytes(StandardCharsets.UTF_8));
        Path text = Files.write(dir.resolve("r.json"), "乐山市2023年度部门整体支出绩效自评报告".getBytes(Charset.forName("GBK")));

        assertThat(FileSniffer.sniff(xlsx)).isEqualTo(FileType.XLSX);
        assertThat(FileSniffer.sniff(xls)).isEqualTo(FileType.XLS);
        assertThat(FileSniffer.sniff(docx)).isEqualTo(FileType.DOCX);
        assertThat(FileSniffer.sniff(pdf)).isEqualTo(FileType.PDF);
        assertThat(FileSniffer.sniff(json)).isEqualTo(FileType.REPORT_JSON);
        assertThat(FileSniffer.sniff(text)).isEqualTo(FileType.TEXT);
        assertThat(WorkbookSheetNames.read(xlsx, FileType.XLSX)).containsExactly("Z01 收入支出决算总表(财决01表)");
        assertThat(WorkbookSheetNames.read(xls, FileType.XLS)).containsExactly("收入支出决算总表", "支出决算表");
    }

    @Test
    void refusesWhatCannotBeImportedWithAMessageNamingTheFile() throws Exception {
        Path zip = dir.resolve("报送包.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("说明.txt"));
            out.write(1);
        }
        assertThatThrownBy(() -> FileSniffer.sniff(zip)).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("报送包.zip").hasMessageContaining("不是 Excel 工作簿");
        Path empty = Files.write(dir.resolve("空.xlsx"), new byte[0]);
        assertThatThrownBy(() -> FileSniffer.sniff(empty)).hasMessageContaining("空.xlsx").hasMessageContaining("空的");
        assertThatThrownBy(() -> FileSniffer.sniff(dir.resolve("无.xlsx"))).hasMessageContaining("不存在");
        Path big = dir.resolve("大.xlsx");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {1}), FileSniffer.MAX_FILE_BYTES + 1);
        }
        assertThatThrownBy(() -> FileSniffer.sniff(big)).hasMessageContaining("超过上限");
        Path broken = Files.write(dir.resolve("坏.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        assertThatThrownBy(() -> FileSniffer.sniff(broken)).hasMessageContaining("坏.xlsx").hasMessageContaining("损坏");
    }
}
