package org.selfeval.intake.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.exchange.ReportFormatException;

/** Files that are not a readable report are refused with a Chinese message naming the file, never a stack trace. */
class PublishedReportRefusalTest {
    @TempDir
    Path dir;

    @Test
    void aPdfWithoutTextIsRefusedAsAScan() throws Exception {
        Path pdf = dir.resolve("扫描件.pdf");
        try (PdfDocument doc = new PdfDocument(new PdfWriter(pdf.toFile()))) {
            PdfCanvas canvas = new PdfCanvas(doc.addNewPage());
            canvas.setFillColor(ColorConstants.GRAY).rectangle(72, 72, 400, 600).fill();
        }

        assertThat(refusal(pdf)).contains("扫描件.pdf").contains("没有文字层").contains("扫描件");
    }

    @Test
    void aBinaryFileNamedTxtIsRefused() throws Exception {
        Path txt = dir.resolve("报告.txt");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Files.write(txt, png);

        assertThat(refusal(txt)).contains("报告.txt").contains("不是纯文本");
    }

    @Test
    void aWordFileNamedTxtIsRefusedNamingWhatItIs() throws Exception {
        Path txt = dir.resolve("报告.txt");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(txt))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(refusal(txt)).contains(".docx");
    }

    @Test
    void anInvalidGbkSequenceIsRefused() throws Exception {
        Path txt = dir.resolve("乱码.txt");
        byte[] good = "一、部门基本情况\n收入合计".getBytes(Charset.forName("GBK"));
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xFF;
        bytes[good.length + 1] = (byte) 0xFF;
        Files.write(txt, bytes);

        assertThat(refusal(txt)).contains("乱码.txt").contains("GBK").contains("UTF-8");
    }

    @Test
    void utf16TextIsRefusedAskingForUtf8() throws Exception {
        Path txt = dir.resolve("记事本Unicode.txt");
        byte[] body = "一、部门基本情况".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(txt, bytes);

        assertThat(refusal(txt)).contains("UTF-16").contains("另存为 UTF-8");
    }

    @Test
    void aDocxZipBombIsRefused() throws Exception {
        Path docx = dir.resolve("炸弹.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                zip.write(spaces);
            }
        }
        assertThat(Files.size(docx)).isLessThan(1024 * 1024);

        assertThat(refusal(docx)).contains("炸弹.docx").contains("压缩炸弹");
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedUnopened() throws Exception {
        Path big = dir.resolve("大文件.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(SourceFile.MAX_BYTES + 1);
        }

        assertThat(refusal(big)).contains("超过上限 20 MB");
    }

    @Test
    void anOldWordFileAndOtherKindsAreRefused() throws Exception {
        Path doc = dir.resolve("报告.doc");
        Files.write(doc, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Path xls = dir.resolve("报告.xlsx");
        Files.write(xls, new byte[] {1, 2, 3});

        assertThat(refusal(doc)).contains(".docx");
        assertThat(refusal(xls)).contains(".txt、.docx");
    }

    @Test
    void textWithoutTheOutlinesHeadingsIsRefused() throws Exception {
        Path txt = dir.resolve("通知.txt");
        Files.writeString(txt, "关于召开会议的通知\n各科室：定于明日上午九时召开全体会议。", StandardCharsets.UTF_8);

        assertThat(refusal(txt)).contains("没有找到自评报告的章节标题");
    }

    /** The refusal's message, checked to be Chinese and free of a stack trace. */
    private static String refusal(Path file) {
        ReportFormatException e = catchThrowableOfType(ReportFormatException.class, () -> new PublishedReportReader().read(file));
        assertThat(e).as("refused: " + file.getFileName()).isNotNull();
        String m = e.getMessage();
        assertThat(m).startsWith("无法读取报告文件 " + file.getFileName()).doesNotContain("Exception").doesNotContain("\tat ");
        return m;
    }

}
