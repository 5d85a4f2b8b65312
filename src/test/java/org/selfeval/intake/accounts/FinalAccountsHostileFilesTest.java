package org.selfeval.intake.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.exchange.ReportFormatException;

/**
 * Files that are not what they claim, or are made to hurt: each ends in a Chinese message naming the
 * file, never an OutOfMemoryError (run with -Xmx512m: the two-million-cell sheet is refused while
 * streaming) and never a stack trace.
 */
class FinalAccountsHostileFilesTest {
    @TempDir
    Path dir;

    private void refused(Path f, String... parts) {
        assertThatThrownBy(() -> new FinalAccountsReader().read(f)).isInstanceOf(ReportFormatException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("无法读取工作簿 " + f.getFileName()).contains(parts)
                        .doesNotContain("Exception", "\tat ", "java."));
    }

    private Path leshan(String name) throws IOException {
        return FinalAccountsWorkbooks.write(dir.resolve(name), XSSFWorkbook::new, FinalAccountsWorkbooks::published,
                FinalAccountsReaderTest.LESHAN);
    }

    @Test
    void aSheetOfTwoMillionCellsIsRefusedBeforeItIsLoaded() throws Exception {
        Random random = new Random(7);
        Path f = withSheet(leshan("base.xlsx"), "两百万格.xlsx", (out, original) -> writeHugeSheet(out, random, 2000, 1000));
        assertThat(Files.size(f)).isBetween(2_000_000L, WorkbookOpener.MAX_FILE_BYTES);
        refused(f, "工作表「收入支出决算总表」", "单元格超过 300000 个", "拒绝读取");
    }

    interface SheetPart {
        void write(OutputStream out, byte[] original) throws IOException;
    }

    /** A copy of {@code base} whose first sheet's XML is written by {@code part}. */
    private Path withSheet(Path base, String name, SheetPart part) throws IOException {
        Path f = dir.resolve(name);
        try (ZipFile in = new ZipFile(base.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(f))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    part.write(out, data);
                } else {
                    out.write(data);
                }
                out.closeEntry();
            }
        }
        return f;
    }

    /** {@code rows} rows of {@code cols} cells of random amounts (random, so the zip does not look like a bomb). */
    private static void writeHugeSheet(OutputStream out, Random random, int rows, int cols) throws IOException {
        StringBuilder sb = new StringBuilder(64 * cols);
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>").getBytes(StandardCharsets.UTF_8));
        for (int r = 1; r <= rows; r++) {
            sb.setLength(0);
            sb.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < cols; c++) {
                sb.append("<c><v>").append(random.nextInt(10_000_000)).append('.').append(random.nextInt(100)).append("</v></c>");
            }
            sb.append("</row>");
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anXlsWithTooManyRowsIsRefusedBeforeItIsLoaded() throws Exception {
        Path f = dir.resolve("长表.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("收入支出决算总表");
            for (int r = 0; r < WorkbookOpener.MAX_ROWS + 10; r++) {
                s.createRow(r).createCell(0).setCellValue(r);
            }
            wb.write(out);
        }
        refused(f, "工作表「收入支出决算总表」", "超过决算表的上限 5000 行");
    }

    @Test
    void anXlsWithTooManyCellsIsRefusedBeforeItIsLoaded() throws Exception {
        Path f = dir.resolve("宽表.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("Z01 收入支出决算总表(财决01表)");
            for (int r = 0; r < 1300; r++) {
                org.apache.poi.ss.usermodel.Row row = s.createRow(r);
                for (int c = 0; c < 240; c++) {
                    row.createCell(c).setCellValue(r + c);
                }
            }
            wb.write(out);
        }
        refused(f, "工作表「Z01 收入支出决算总表(财决01表)」", "单元格超过 300000 个");
    }

    @Test
    void anXlsxWithTooManyRowsNamesTheTablesNotTheSelfEvaluationSheet() throws Exception {
        Path f = dir.resolve("长表.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("支出决算表");
            s.createRow(WorkbookOpener.MAX_ROWS + 1).createCell(0).setCellValue(1);
            wb.write(out);
        }
        refused(f, "工作表「支出决算表」", "超过决算表的上限 5000 行");
    }

    @Test
    void notAnExcelFile() throws Exception {
        Path f = dir.resolve("决算.xls");
        Files.writeString(f, "项目,金额\n本年收入合计,1123.58\n", StandardCharsets.UTF_8);
        refused(f, "不是 Excel 工作簿（.xlsx 或 .xls）");
    }

    @Test
    void aFileTooLargeIsRefusedUnread() throws Exception {
        Path f = dir.resolve("巨大.xlsx");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(WorkbookOpener.MAX_FILE_BYTES + 1);
        }
        refused(f, "超过部门决算表的上限 20 MB");
    }

    @Test
    void anEncryptedXlsIsNamedAsSuch() throws Exception {
        Path plain = FinalAccountsWorkbooks.write(dir.resolve("明文.xls"), HSSFWorkbook::new, FinalAccountsWorkbooks::published,
                FinalAccountsReaderTest.LESHAN);
        Path f = dir.resolve("加密.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(Files.newInputStream(plain)); OutputStream out = Files.newOutputStream(f)) {
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        refused(f, "打开密码");
    }

    @Test
    void anEncryptedXlsxIsNamedAsSuch() throws Exception {
        Path plain = leshan("明文.xlsx");
        Path f = dir.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(Files.newInputStream(plain)); OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        }
        refused(f, "打开密码");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        byte[] blanks = new byte[1 << 20];
        java.util.Arrays.fill(blanks, (byte) ' ');
        Path f = withSheet(leshan("base.xlsx"), "炸弹.xlsx", (out, original) -> {
            out.write(original);
            for (int i = 0; i < 40; i++) {
                out.write(blanks);
            }
        });
        assertThat(Files.size(f)).isLessThan(1_000_000);
        refused(f, "压缩炸弹");
    }

    @Test
    void aWorkbookWithoutFinalAccountsTablesSaysWhatItHas() throws Exception {
        Path f = dir.resolve("别的表.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            wb.createSheet("项目支出绩效自评表").createRow(0).createCell(0).setCellValue("项目支出绩效自评表");
            wb.write(out);
        }
        refused(f, "没有找到部门决算表", "本文件的工作表：「项目支出绩效自评表」");
    }
}
