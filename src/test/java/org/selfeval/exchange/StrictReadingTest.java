package org.selfeval.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selfeval.TestReports;
import org.selfeval.model.Report;

/**
 * The report format is read exactly as report-format.md says: what it does not allow is refused with
 * a Chinese message naming the field, never turned into something else and stored.
 */
class StrictReadingTest {
    static String sample() throws Exception {
        return Files.readString(TestReports.SAMPLE, StandardCharsets.UTF_8);
    }

    static String with(String replace, String by) throws Exception {
        String s = sample();
        assertThat(s).as("the sample has %s", replace).contains(replace);
        return s.replaceFirst(Pattern.quote(replace), Matcher.quoteReplacement(by));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # what                       | replace                                   | with                                                        | message
            staff count with a fraction  | "count" : 23                              | "count" : 23.7                                              | 应为整数
            enumeration as a number      | "category" : "ADMINISTRATIVE"             | "category" : 0                                              | 类型不对
            number in a text field       | "fullName" : "乐山市营商环境服务管理局"      | "fullName" : 12345                                          | 类型不对
            boolean in a text field      | "shortName" : "市政管局"                    | "shortName" : true                                          | 类型不对
            empty text for an amount     | "GENERAL_PUBLIC_BUDGET" : 1123.58         | "GENERAL_PUBLIC_BUDGET" : ""                                | 类型不对
            boolean for an amount        | "GENERAL_PUBLIC_BUDGET" : 1123.58         | "GENERAL_PUBLIC_BUDGET" : true                              | 类型不对
            duplicate key hiding a value | "GENERAL_PUBLIC_BUDGET" : 1123.58         | "GENERAL_PUBLIC_BUDGET" : 1123.58, "GENERAL_PUBLIC_BUDGET" : 5 | 出现了两次
            score above 100              | "score" : 97.5                            | "score" : 101                                               | 不能超过 100
            score of 1000                | "score" : 97.5                            | "score" : 1000                                              | 不能超过 100
            year as text                 | "year" : 2023                             | "year" : "2023"                                             | 类型不对
            formatVersion 0              | "formatVersion" : 2                       | "formatVersion" : 0                                         | 不存在
            formatVersion -1             | "formatVersion" : 2                       | "formatVersion" : -1                                        | 不存在
            missing id                   | "id" : "5c0a7d1e-2023-4c3a-9b1e-7e5e11a50001", | "note0" : 1,                                            | 未知字段
            """)
    void aFileTheFormatDoesNotAllowIsRefusedAtItsField(String what, String replace, String with, String message)
            throws Exception {
        String json = with(replace, with);
        assertThatThrownBy(() -> ReportJson.read(json, "坏文件.json")).as(what).isInstanceOf(ReportFormatException.class)
                .hasMessageContaining("坏文件.json").hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("[A-Z][a-z]+ [a-z]+ [a-z]+"));
    }

    @Test
    void aReportWithoutAnIdIsRefusedBeforeItCanReachTheWorkspace() throws Exception {
        String json = with("\"id\" : \"5c0a7d1e-2023-4c3a-9b1e-7e5e11a50001\",", "");
        assertThatThrownBy(() -> ReportJson.read(json, "无标识.json")).hasMessageContaining("report.id")
                .hasMessageContaining("缺少报告 id");
    }

    @Test
    void aDateAsANumberIsRefused() throws Exception {
        String json = ReportJson.write(TestReports.rich()).replace("\"reportDate\" : \"2024-03-31\"", "\"reportDate\" : 20240101");
        assertThat(json).contains("20240101");
        assertThatThrownBy(() -> ReportJson.read(json, "d.json")).hasMessageContaining("reportDate");
    }

    @Test
    void textAfterTheReportIsRefusedInChinese() throws Exception {
        String json = sample() + "\n多余的文字";
        assertThatThrownBy(() -> ReportJson.read(json, "尾巴.json")).hasMessageContaining("JSON 语法错误")
                .hasMessageNotContaining("Unrecognized").hasMessageNotContaining("token");
        String json2 = sample() + "\n{}";
        assertThatThrownBy(() -> ReportJson.read(json2, "尾巴2.json")).hasMessageContaining("多余");
    }

    @Test
    void brokenSyntaxIsDescribedInChinese() throws Exception {
        String json = sample().substring(0, 400);
        assertThatThrownBy(() -> ReportJson.read(json, "半截.json")).hasMessageContaining("意外结束")
                .hasMessageNotContaining("end-of-input");
    }

    @Test
    void aByteOrderMarkAsNotepadWritesItIsAccepted(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("记事本.json");
        byte[] body = sample().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(f, withBom);
        Report r = ReportJson.read(f);
        assertThat(r).isEqualTo(TestReports.sample());
    }

    @Test
    void aFileNotepadSavedInGbkIsReadAsGbkNotAsReplacementCharacters(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("记事本GBK.json");
        Files.write(f, sample().getBytes(java.nio.charset.Charset.forName("GBK")));
        Report r = ReportJson.read(f);
        assertThat(r).isEqualTo(TestReports.sample());
        assertThat(r.department().fullName()).isEqualTo("乐山市营商环境服务管理局").doesNotContain("\uFFFD");
    }

    @Test
    void bytesThatAreNeitherUtf8NorGbkAreRefusedSayingSo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("乱码.json");
        byte[] bytes = sample().getBytes(StandardCharsets.UTF_8);
        bytes[200] = (byte) 0xFF;
        bytes[201] = (byte) 0xFF;
        Files.write(f, bytes);
        assertThatThrownBy(() -> ReportJson.read(f)).hasMessageContaining("乱码.json").hasMessageContaining("编码");
    }
}
