package org.selfeval.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.TestReports;
import org.selfeval.model.Report;

/** Issue 14.9: a long department name still gives names the file system takes. */
class LongNamesTest {

    @Test
    void aSeventyFiveCharacterDepartmentNameExportsAndPackages(@TempDir Path dir) throws Exception {
        Report sample = TestReports.sample();
        String longName = "四川省乐山市".repeat(12) + "营商环境服务管理局";
        assertThat(longName.length()).isGreaterThanOrEqualTo(75);
        Report report = sample.withDepartment(sample.department().withFullName(longName));
        for (String ext : new String[] {"pdf", "json", "xlsx", "docx"}) {
            String name = ExportNames.forExtension(report, ext);
            assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(ExportNames.MAX_NAME_BYTES);
            assertThat(name).startsWith("四川省乐山市").endsWith("年度" + ("xlsx".equals(ext) ? "项目支出绩效自评表" : "部门整体支出绩效自评报告") + "." + ext);
        }
        new JsonExporter().export(report, dir.resolve(ExportNames.forExtension(report, "json")));
        SubmissionPackage.Result r = SubmissionPackage.standard(false, false).write(report, dir);
        assertThat(r.zip()).exists();
        assertThat(r.files()).allSatisfy(f -> assertThat(Files.size(f)).isPositive());
    }
}
