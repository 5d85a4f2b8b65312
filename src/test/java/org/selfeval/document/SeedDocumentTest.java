package org.selfeval.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.selfeval.narrative.Seed;

/**
 * The sample, built into a document, reads as the seed report line by line — except where the app
 * numbers headings itself or where the seed is wrong (domain.md §5), each listed here.
 */
class SeedDocumentTest {
    @Test
    void everyLineOfTheSeedIsInTheDocumentInOrder() {
        String rendered = Seed.fullWidth(PlainText.render(ReportDocumentBuilder.build(Seed.sample().withDepartmentSheet(null))));
        // 三(二)1's six parts are one paragraph in the seed and one paragraph each here
        String flat = rendered.replace("\n", "");
        int from = 0;
        for (String seedLine : Seed.fullWidth(Seed.text()).split("\n")) {
            String expected = expected(seedLine.strip());
            if (expected == null) {
                continue;
            }
            int at = flat.indexOf(expected, from);
            assertThat(at).as("seed line in order: %s", expected).isGreaterThanOrEqualTo(0);
            from = at + expected.length();
        }
    }

    /** The seed line as the app prints it, or null when the app leaves it out. */
    private static String expected(String line) {
        if (line.isEmpty() || line.equals("（四）部门整体支出绩效目标")) {
            return null; // empty section: no heading in print (§5 item 8)
        }
        if (line.equals("2.100万以上项目")) {
            return "2.预算100万元及以上项目情况"; // §5 item 18: the Sichuan outline names it so
        }
        if (line.startsWith("项目1：政务大厅运行经费。")) {
            // numbered by the app as （1）; amounts with two decimals
            return line.replace("项目1：", "（1）").replace("157.3万元", "157.30万元");
        }
        for (String[] renumber : List.of(new String[] {"（一）深化数字政务", "1.深化数字政务"},
                new String[] {"（二）推进政务服务线上线下", "2.推进政务服务线上线下"},
                new String[] {"（三）实施营商环境提升", "3.实施营商环境提升"})) {
            if (line.startsWith(renumber[0])) {
                return renumber[1] + line.substring(renumber[0].length()); // §5 item 7
            }
        }
        if (line.endsWith(".xlsx")) {
            // the seed names one file for the two appended forms: both are listed, the file's form second
            return "2." + line.substring(0, line.length() - ".xlsx".length());
        }
        return line;
    }
}
